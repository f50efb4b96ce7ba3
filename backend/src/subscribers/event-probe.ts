// Test-only: counts which process handles an event, so the scale-out tests (tests/http/scale-out) can show that each
// event is delivered once, to the worker, when several backend processes share one Redis. Loaded only when
// KARYA_EVENT_PROBE is set (to a Redis key prefix, e.g. `karya:probe:<run>:`): without it Medusa skips this file
// (defineFileConfig), so nothing subscribes and nothing runs. With it, each delivery of a watched event does
//   HINCRBY <prefix><event name>:<entity id>  <role>:<pid>  1
// in the Redis of REDIS_URL, where role is MEDUSA_WORKER_MODE (shared, server or worker).
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { defineFileConfig } from "@medusajs/framework/utils"

defineFileConfig({ isDisabled: () => !process.env.KARYA_EVENT_PROBE })

type Incr = { hincrby(key: string, field: string, by: number): Promise<number> }
let client: Incr | null = null

function redis(): Incr {
  if (!client) {
    const url = process.env.REDIS_URL
    if (!url) throw new Error("KARYA_EVENT_PROBE needs REDIS_URL: the counters live in the cluster's Redis")
    // ioredis: what Medusa's Redis modules and our rate limiter already use
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Redis = require("ioredis") as new (url: string, options: object) => Incr
    client = new Redis(url, { maxRetriesPerRequest: 2 })
  }
  return client
}

export default async function eventProbe({ event }: SubscriberArgs<{ id?: string | string[] }>) {
  const prefix = process.env.KARYA_EVENT_PROBE
  if (!prefix) return
  const id = ([] as string[]).concat(event.data?.id ?? "").join(",")
  const role = process.env.MEDUSA_WORKER_MODE ?? "shared"
  await redis().hincrby(`${prefix}${event.name}:${id}`, `${role}:${process.pid}`, 1)
}

export const config: SubscriberConfig = {
  // product.updated: the event the scale-out test counts; payment.captured: to see a delivery cut short by a killed
  // worker and its retry
  event: ["product.updated", "payment.captured"],
  context: { subscriberId: "karya-event-probe" },
}
