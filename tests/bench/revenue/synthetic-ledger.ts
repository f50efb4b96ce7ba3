// Synthetic ledger entries shaped like the split writes them, to measure reports over a ledger of a busy year: sales
// split 5% royalty (some lines) then 50/15/35 premi/PNBP/capital, one to three lines per order, and premi payouts.
// Deterministic (seeded PRNG): the same facilities, participants and products in the same order give the same entries.
import { generateEntityId } from "@medusajs/framework/utils"

export type SyntheticFacility = {
  id: string
  participantIds: string[]
  productIds: string[]
}

export type SyntheticEntry = {
  id: string
  idempotency_key: string
  kind: "sale" | "payout"
  account_type:
    | "participant"
    | "facility_pnbp"
    | "facility_capital"
    | "motif_holder"
  account_id: string
  share: "royalty" | "premi" | "pnbp" | "capital" | null
  amount: number
  facility_id: string
  product_id: string | null
  order_id: string | null
  line_item_id: string | null
  payment_id: string | null
  template_version: number | null
  payout_method:
    | "savings_account"
    | "handed_at_release"
    | "held_by_facility"
    | null
  occurred_at: Date
}

/** mulberry32: a small seeded PRNG in [0, 1). */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` valid entries over [from, to): every sale positive, every payout negative and on a participant, every
 * idempotency key unique (prefixed by `runId`). Payouts are rare and small next to sales, so no balance goes below
 * zero in practice (the database does not check that for direct inserts).
 */
export function* syntheticEntries(options: {
  count: number
  facilities: SyntheticFacility[]
  from: Date
  to: Date
  runId: string
  seed?: number
}) {
  const random = prng(options.seed ?? 20261122)
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  const span = options.to.getTime() - options.from.getTime()
  const facilities = options.facilities.filter(
    (f) => f.participantIds.length && f.productIds.length
  )
  const methods = [
    "savings_account",
    "handed_at_release",
    "held_by_facility",
  ] as const
  let written = 0
  let order = 0
  let line = 0
  const entry = (
    e: Omit<SyntheticEntry, "id" | "idempotency_key">
  ): SyntheticEntry => ({
    id: generateEntityId(undefined, "lent"),
    idempotency_key: `bench:${options.runId}:${written++}`,
    ...e,
  })

  while (written < options.count) {
    const facility = pick(facilities)
    const occurredAt = new Date(
      options.from.getTime() + Math.floor(random() * span)
    )
    if (random() < 0.04) {
      yield entry({
        kind: "payout",
        account_type: "participant",
        account_id: pick(facility.participantIds),
        share: null,
        amount: -(10_000 + 1_000 * Math.floor(random() * 90)),
        facility_id: facility.id,
        product_id: null,
        order_id: null,
        line_item_id: null,
        payment_id: null,
        template_version: null,
        payout_method: pick([...methods]),
        occurred_at: occurredAt,
      })
      continue
    }
    const orderId = `order_bench_${options.runId}_${order++}`
    const paymentId = `pay_bench_${options.runId}_${order}`
    const lines = 1 + Math.floor(random() * 3)
    for (let l = 0; l < lines && written < options.count; l++) {
      const base = 20_000 + 5_000 * Math.floor(random() * 140) // Rp 20.000 – Rp 715.000
      const productId = pick(facility.productIds)
      const lineItemId = `ordli_bench_${options.runId}_${line++}`
      const common = {
        kind: "sale" as const,
        facility_id: facility.id,
        product_id: productId,
        order_id: orderId,
        line_item_id: lineItemId,
        payment_id: paymentId,
        template_version: 0,
        payout_method: null,
        occurred_at: occurredAt,
      }
      const royalty = random() < 0.15 ? Math.floor(base * 0.05) : 0
      const rest = base - royalty
      const premi = Math.floor(rest * 0.5)
      const pnbp = Math.floor(rest * 0.15)
      const parts = [
        royalty > 0
          ? {
              account_type: "motif_holder" as const,
              account_id: `facility:${facility.id}`,
              share: "royalty" as const,
              amount: royalty,
            }
          : null,
        {
          account_type: "participant" as const,
          account_id: pick(facility.participantIds),
          share: "premi" as const,
          amount: premi,
        },
        {
          account_type: "facility_pnbp" as const,
          account_id: facility.id,
          share: "pnbp" as const,
          amount: pnbp,
        },
        {
          account_type: "facility_capital" as const,
          account_id: facility.id,
          share: "capital" as const,
          amount: rest - premi - pnbp,
        },
      ]
      for (const part of parts) {
        if (!part || written >= options.count) continue
        yield entry({ ...common, ...part })
      }
    }
  }
}
