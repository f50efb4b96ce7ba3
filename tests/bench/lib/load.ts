// Load runs for the HTTP benchmark: autocannon (in this process) against a server in another process, rotating over a
// list of requests, and the resident memory of that server's process group read from /proc.
import fs from "node:fs"
import os from "node:os"
import autocannon from "autocannon"

export type LoadRequest = { path: string; method?: "GET" | "POST"; body?: string }

export type LoadOptions = {
  /** origin, e.g. http://localhost:9000 */
  origin: string
  requests: LoadRequest[]
  headers?: Record<string, string>
  connections: number
  /** seconds measured */
  duration: number
  /** seconds of untimed load just before */
  warmup: number
  /** send each request once before the warm-up (default true) */
  prime?: boolean
}

export type LoadResult = {
  /** requests per second: completed responses / measured seconds */
  rps: number
  p50: number
  p99: number
  total: number
  non2xx: number
  errors: number
  timeouts: number
  /** X-Cache response header values seen while measured (none: the header was absent) */
  cache: Record<string, number>
  /** 1-minute load average when the measurement started */
  load1: number
  /** highest RSS of the server's process group sampled during the measurement, bytes (when a pid was given) */
  peakRss?: number
}

type Result = {
  requests: { total: number; average: number }
  latency: { p50: number; p99: number }
  duration: number
  non2xx: number
  errors: number
  timeouts: number
}

function run(options: LoadOptions, seconds: number, onHeader?: (xCache: string | undefined) => void): Promise<Result> {
  let next = 0
  const { requests } = options
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: seconds,
        headers: options.headers,
        // one request template; each connection takes the next of the list (shared counter), so all of them are
        // asked for in turn whatever the number of connections
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const r = requests[next++ % requests.length]!
              return { ...req, method: r.method ?? "GET", path: r.path, ...(r.body === undefined ? {} : { body: r.body }) }
            },
            ...(onHeader
              ? {
                  onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string | string[]>) => {
                    const value = headers["x-cache"] ?? headers["X-Cache"]
                    onHeader(Array.isArray(value) ? value[0] : value)
                  },
                }
              : {}),
          },
        ],
      },
      (error: Error | null, result: Result) => (error ? reject(error) : resolve(result))
    )
  })
}

/** Each request once (the connections' worth at a time), `warmup` seconds of load, then `duration` seconds measured. */
export async function measureLoad(options: LoadOptions, rssOf?: () => number): Promise<LoadResult> {
  for (let from = 0; options.prime !== false && from < options.requests.length; from += options.connections) {
    await Promise.all(
      options.requests.slice(from, from + options.connections).map(async (r) => {
        const res = await fetch(`${options.origin}${r.path}`, { method: r.method ?? "GET", headers: options.headers, body: r.body })
        await res.arrayBuffer()
      })
    )
  }
  if (options.warmup > 0) await run(options, options.warmup)
  const cache: Record<string, number> = {}
  const load1 = os.loadavg()[0]!
  let peakRss = 0
  const sampler = rssOf ? setInterval(() => (peakRss = Math.max(peakRss, rssOf())), 500) : undefined
  try {
    const result = await run(options, options.duration, (value) => {
      const key = value ?? "(none)"
      cache[key] = (cache[key] ?? 0) + 1
    })
    return {
      rps: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      cache,
      load1,
      ...(rssOf ? { peakRss: Math.max(peakRss, rssOf()) } : {}),
    }
  } finally {
    if (sampler) clearInterval(sampler)
  }
}

const PAGE = 4096

/** Resident memory of every process in the process group `pgid` (a server started detached is its own group), bytes. */
export function groupRss(pgid: number): number {
  let bytes = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      // fields after the command name, which may hold spaces: state ppid pgrp … rss is field 24 (index 21 here)
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) === pgid) bytes += Number(fields[21]) * PAGE
    } catch {
      // the process ended meanwhile
    }
  }
  return bytes
}
