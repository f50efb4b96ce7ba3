// Limits guessing on the sign-in, register, password-reset and order-lookup routes: per client IP and per email
// address, a fixed window of failures (10 per email and 50 per IP in 15 minutes by default), then 429 with
// Retry-After until the window ends. Counters live in Redis when REDIS_URL is set (shared by every server process),
// else in this process's memory.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export type RateLimitSettings = {
  /** failures per email address (and route) in one window */
  emailMax: number
  /** failures per client IP in one window: higher, because a facility office or a campus shares one address */
  ipMax: number
  windowMs: number
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  return {
    emailMax: positive(env.AUTH_RATE_LIMIT_EMAIL_MAX, 10),
    ipMax: positive(env.AUTH_RATE_LIMIT_IP_MAX, 50),
    windowMs: positive(env.AUTH_RATE_LIMIT_WINDOW_SECONDS, 15 * 60) * 1000,
  }
}

/** A fixed-window counter: the window starts at a key's first hit and is not extended by later ones. */
export interface CounterStore {
  /** adds one and returns the new count and the milliseconds left in the window */
  hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }>
  /** takes one back (a request that turned out not to be a failure) */
  undo(key: string): Promise<void>
  reset(key: string): Promise<void>
}

export class MemoryStore implements CounterStore {
  private counters = new Map<string, { count: number; until: number }>()

  async hit(key: string, windowMs: number) {
    const now = Date.now()
    let entry = this.counters.get(key)
    if (!entry || entry.until <= now) {
      entry = { count: 0, until: now + windowMs }
      this.counters.set(key, entry)
      // expired windows are dropped now and then so the map cannot grow without bound
      if (this.counters.size > 10_000) for (const [k, v] of this.counters) if (v.until <= now) this.counters.delete(k)
    }
    entry.count += 1
    return { count: entry.count, msLeft: entry.until - now }
  }

  async undo(key: string) {
    const entry = this.counters.get(key)
    if (entry && entry.count > 0) entry.count -= 1
  }

  async reset(key: string) {
    this.counters.delete(key)
  }
}

/** The subset of ioredis this store uses. */
type RedisMulti = {
  set(key: string, value: number, px: "PX", ms: number, nx: "NX"): RedisMulti
  incr(key: string): RedisMulti
  pttl(key: string): RedisMulti
  exec(): Promise<[Error | null, unknown][] | null>
}
type RedisLike = {
  multi(): RedisMulti
  decr(key: string): Promise<number>
  del(key: string): Promise<number>
}

export class RedisStore implements CounterStore {
  constructor(
    private redis: RedisLike,
    private prefix = "karya:rl:"
  ) {}

  async hit(key: string, windowMs: number) {
    // SET NX (with the window's expiry), INCR, PTTL in one transaction: the window starts at the first hit, whichever
    // process sees it, and INCR keeps the expiry
    const k = this.prefix + key
    const result = await this.redis.multi().set(k, 0, "PX", windowMs, "NX").incr(k).pttl(k).exec()
    const count = Number(result?.[1]?.[1] ?? 1)
    const ttl = Number(result?.[2]?.[1] ?? windowMs)
    return { count, msLeft: ttl > 0 ? ttl : windowMs }
  }

  async undo(key: string) {
    await this.redis.decr(this.prefix + key)
  }

  async reset(key: string) {
    await this.redis.del(this.prefix + key)
  }
}

let sharedStore: CounterStore | undefined

/** Redis when REDIS_URL is set, else memory; one store per process. */
export function defaultStore(): CounterStore {
  if (sharedStore) return sharedStore
  const url = process.env.REDIS_URL
  if (url) {
    // loaded only when configured: deployments without Redis never touch it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Redis = require("ioredis") as new (url: string, options: object) => RedisLike
    sharedStore = new RedisStore(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }))
  } else {
    sharedStore = new MemoryStore()
  }
  return sharedStore
}

/** "failures": only 401/403/404 answers count and a success clears the email's counter (sign-in, register, order
 * lookup). "attempts": every accepted request counts (password-reset requests, which answer 201 whether or not the
 * address exists, and each may send an email). */
export type LimitMode = "failures" | "attempts"

const FAILURE = new Set([401, 403, 404])

/** The address being tried: `email` on sign-in, register and lookup, `identifier` on Medusa's reset-password. */
function emailOf(body: unknown): string | undefined {
  const fields = (body ?? {}) as { email?: unknown; identifier?: unknown }
  const email = fields.email ?? fields.identifier
  if (typeof email !== "string") return undefined
  const normalised = email.trim().toLowerCase()
  return normalised && normalised.length <= 320 ? normalised : undefined
}

export function rateLimit(
  scope: string,
  mode: LimitMode = "failures",
  options: { store?: () => CounterStore; settings?: () => RateLimitSettings } = {}
) {
  const getStore = options.store ?? defaultStore
  const getSettings = options.settings ?? (() => rateLimitSettings())

  return async function limitAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const store = getStore()
    const settings = getSettings()
    // `trust proxy` is 1 in Medusa: req.ip is the address the reverse proxy in front of us saw
    const ip = req.ip || req.socket.remoteAddress || "unknown"
    // the actor is part of the path (/auth/customer/… vs /auth/facility_staff/…): one identity's guesses are
    // counted apart from another actor's with the same address
    const keys = [`ip:${ip}`]
    const email = emailOf(req.body)
    if (email) keys.push(`email:${scope}:${req.path}:${email}`)

    let hits: { count: number; msLeft: number }[]
    try {
      hits = await Promise.all(keys.map((key) => store.hit(key, settings.windowMs)))
    } catch {
      // the limiter must not lock everyone out when Redis is down: sign-in still works, unlimited, until it is back
      return next()
    }
    const limits = [settings.ipMax, settings.emailMax]
    const over = hits.map((h, i) => (h.count > limits[i]! ? h.msLeft : 0)).filter((ms) => ms > 0)
    if (over.length) {
      const seconds = Math.max(1, Math.ceil(Math.max(...over) / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
        retry_after: seconds,
      })
      return
    }

    res.on("finish", () => {
      const status = res.statusCode
      const settle = async () => {
        if (status >= 200 && status < 300) {
          if (mode === "attempts") return
          // a success clears this email's failures; the IP keeps its other failures but not this request
          await store.undo(keys[0]!)
          if (keys[1]) await store.reset(keys[1])
        } else if (!FAILURE.has(status)) {
          // bad input (400) and server errors are not guesses
          await Promise.all(keys.map((key) => store.undo(key)))
        }
      }
      settle().catch(() => undefined)
    })
    next()
  }
}
