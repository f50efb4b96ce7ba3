// Locks across processes (REDIS_URL): three callers at once for the same two keys, as three checkouts of the same two
// stocked items on two servers take them (backend/src/api/checkout-stock-lock.ts). Medusa's Redis provider takes a
// lock's keys all at once, each with its own retries, and can end with one caller holding one key and another the
// other, both waiting until their timeout (a deadlock): its count is printed. Ours
// (backend/src/modules/locking-redis-ordered) takes them one by one in sorted order: never a timeout, never two jobs
// inside at once, and no key left locked behind a caller that gave up.
import RedisLocking from "@medusajs/medusa/locking-redis"
import { OrderedRedisLockingProvider } from "../../../backend/src/modules/locking-redis-ordered"
import { startOwnRedis, type OwnRedis } from "../../helpers/cluster"

type Provider = { execute: <T>(keys: string[], job: () => Promise<T>, args?: { timeout?: number }) => Promise<T> }
type ProviderClass = new (deps: object, options: object) => Provider
const MedusaRedisLocking = RedisLocking.services[0] as unknown as ProviderClass
const TRIALS = 10
const CALLERS = 3

describe("Redis locks of several keys", () => {
  let redis: OwnRedis
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} }

  beforeAll(async () => {
    redis = await startOwnRedis()
  })
  afterAll(async () => {
    await redis?.stop()
  })

  /** CALLERS providers (one Redis connection each, as separate processes have) lock the same two keys at once,
   * TRIALS times; each job holds the lock 50 ms. Returns the timeouts and the most jobs ever inside at once. */
  async function race(Provider: ProviderClass, prefix: string) {
    const providers = Array.from({ length: CALLERS }, () => new Provider({ redisClient: redis.client.duplicate(), prefix, logger }, {}))
    let timeouts = 0
    let inside = 0
    let most = 0
    const started = Date.now()
    for (let trial = 0; trial < TRIALS; trial++) {
      const keys = [`stock:${trial}:a`, `stock:${trial}:b`]
      const results = await Promise.allSettled(
        providers.map((p) =>
          p.execute(
            keys,
            async () => {
              most = Math.max(most, ++inside)
              await new Promise((r) => setTimeout(r, 50))
              inside--
            },
            { timeout: 1 }
          )
        )
      )
      timeouts += results.filter((r) => r.status === "rejected").length
    }
    const left = (await redis.client.keys(`${prefix}*`)).length
    for (const p of providers) (p as unknown as { redisClient: { disconnect: () => void } }).redisClient.disconnect()
    return { timeouts, most, left, ms: Date.now() - started }
  }

  it("three callers for the same two keys: taken in order, none times out", async () => {
    const medusa = await race(MedusaRedisLocking, "medusa_lock:")
    const ours = await race(OrderedRedisLockingProvider as unknown as ProviderClass, "ordered_lock:")
    console.log(
      `locking: ${CALLERS} callers x ${TRIALS} trials for 2 keys, 1 s timeout: Medusa's locking-redis ${medusa.timeouts} timed out ` +
        `(${medusa.left} keys left locked after, ${medusa.ms} ms); ordered ${ours.timeouts} timed out (${ours.left} left, ${ours.ms} ms); at most ${ours.most} job inside at once`
    )
    expect(ours).toMatchObject({ timeouts: 0, most: 1, left: 0 })
    expect(medusa.most).toBe(1) // it deadlocks, but never lets two in
  }, 60_000)
})
