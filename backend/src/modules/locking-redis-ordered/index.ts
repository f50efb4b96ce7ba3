// Medusa's Redis locking provider (`locking-redis`, what the backend uses with REDIS_URL), taking the keys of one lock
// one at a time in a fixed (sorted) order.
//
// Why: Medusa 2.21's RedisLockingProvider takes the keys of a multi-key lock all at once, each key with its own retry
// loop and jitter. Three callers wanting the same two keys (checkouts of the same two stocked items on two servers:
// backend/src/api/checkout-stock-lock.ts) then end up with one holding the first key and another the second, each
// waiting for the other until its timeout; and a caller that times out keeps the key it did get until the lease runs
// out (60 s), so the next checkouts of that item wait a minute for a 409. Measured: tests/http/scale-out/locking.spec.ts
// (about half of the trials of three callers for two keys). Taken in sorted order, nobody can hold a later key while
// waiting for an earlier one: no cycle, no deadlock. And on a timeout the keys already taken are handed back at once.
// The in-memory provider of a single process already takes keys one by one.
import RedisLocking from "@medusajs/medusa/locking-redis"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"

type AcquireArgs = { ownerId?: string; expire?: number; awaitQueue?: boolean }
type Cancellation = { cancelled: boolean }
interface RedisLockingLike {
  acquire_(keys: string | string[], args?: AcquireArgs, cancellationToken?: Cancellation): Promise<void>
  release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean>
}
// the provider class of the package (it exports only the module provider that holds it)
const RedisLockingProvider = RedisLocking.services[0] as unknown as new (...args: any[]) => RedisLockingLike // eslint-disable-line @typescript-eslint/no-explicit-any

export class OrderedRedisLockingProvider extends RedisLockingProvider {
  /** What `execute` (waiting in the queue) and `acquire` call: the keys one by one, sorted. */
  override async acquire_(keys: string | string[], args?: AcquireArgs, cancellationToken?: Cancellation): Promise<void> {
    const ordered = [...new Set(Array.isArray(keys) ? keys : [keys])].sort()
    const taken: string[] = []
    try {
      for (const key of ordered) {
        await super.acquire_([key], args, cancellationToken)
        taken.push(key)
      }
    } catch (error) {
      // Waiting in the queue (execute), each key taken was free and is ours alone: hand them back rather than leave
      // them locked for a whole lease. (Without the queue a key may have been ours before this call: left as it was.)
      if (args?.awaitQueue && taken.length) await this.release(taken, { ownerId: args.ownerId ?? "*" }).catch(() => false)
      throw error
    }
  }
}

export default ModuleProvider(Modules.LOCKING, { services: [OrderedRedisLockingProvider], loaders: RedisLocking.loaders })
