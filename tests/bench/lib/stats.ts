// Figures of a benchmark: percentiles of timed samples and the plain-text tables the benchmarks print.
import os from "node:os"
import { performance } from "node:perf_hooks"

export type Figures = { n: number; p50: number; p95: number; mean: number }

/** Nearest-rank percentiles and the mean of samples in milliseconds. */
export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) =>
    sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN
  return {
    n: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1),
  }
}

/** Milliseconds an async call takes. */
export async function timed<T>(
  call: () => Promise<T>
): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await call()
  return { ms: performance.now() - start, value }
}

/** Runs `call` `warmup` times untimed, then `runs` times timed, one after another. */
export async function sample(
  runs: number,
  call: () => Promise<unknown>,
  warmup = 2
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await call()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push((await timed(call)).ms)
  return samples
}

export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms))

export type TimingRow = {
  label: string
  samples: number[]
  /** compare the rows below with this one */ baseline?: boolean
}

/** A table of timings: n, p50, p95, mean, and each p50 against its baseline's (the first row, or the last row above
 * it marked `baseline`). */
export function timingTable(title: string, rows: TimingRow[]): string {
  const ms = (x: number) => x.toFixed(1)
  let base = NaN
  const cells = [["", "n", "p50 ms", "p95 ms", "mean ms", "p50 vs baseline"]]
  rows.forEach((row, i) => {
    const s = figures(row.samples)
    const isBaseline = i === 0 || !!row.baseline
    if (isBaseline) base = s.p50
    const delta = `${s.p50 >= base ? "+" : ""}${ms(s.p50 - base)} ms (x${(s.p50 / base).toFixed(2)})`
    cells.push([
      row.label,
      String(s.n),
      ms(s.p50),
      ms(s.p95),
      ms(s.mean),
      isBaseline ? "baseline" : delta,
    ])
  })
  return `${title}\n${grid(cells)}`
}

/** Left-aligned first column, right-aligned numbers, a rule under the header. */
export function grid(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) =>
    Math.max(...cells.map((row) => row[c]!.length))
  )
  const line = (row: string[]) =>
    row
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)
      )
      .join("  ")
  return [
    line(cells[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n")
}

/** What the figures were measured on. */
export function machineContext(extra: Record<string, string> = {}): string {
  const cpus = os.cpus()
  const lines = {
    node: process.version,
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown"}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
    platform: `${os.platform()} ${os.release()}`,
    ...extra,
  }
  return Object.entries(lines)
    .map(([k, v]) => `${k.padEnd(10)} ${v}`)
    .join("\n")
}

/** Runs each call `warmup` times untimed, then `runs` rounds in which every call runs once, timed, one after another
 * (so a busy moment on the machine hits them all alike). Samples in milliseconds, by call name. */
export async function sampleInterleaved(
  runs: number,
  calls: Record<string, () => Promise<unknown>>,
  warmup = 2
): Promise<Record<string, number[]>> {
  const names = Object.keys(calls)
  for (let i = 0; i < warmup; i++)
    for (const name of names) await calls[name]!()
  const samples: Record<string, number[]> = Object.fromEntries(
    names.map((n) => [n, [] as number[]])
  )
  for (let i = 0; i < runs; i++)
    for (const name of names) samples[name]!.push((await timed(calls[name]!)).ms)
  return samples
}
