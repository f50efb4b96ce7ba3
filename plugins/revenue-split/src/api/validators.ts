import { z } from "@medusajs/framework/zod"
import { ACCOUNT_TYPES, BPS_TOTAL } from "../lib/split"

const id = z.string().trim().min(1).max(64)
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Whole rupiah: an integer, at least 1, within the ledger's integer column. */
const rupiah = z
  .number({ message: "amount: must be a number of rupiah" })
  .int("amount: must be whole rupiah (no fractions)")
  .min(1, "amount: must be at least Rp 1")
  .max(2_000_000_000, "amount: must be at most Rp 2.000.000.000")

export const month = z.string().regex(MONTH, "month: use YYYY-MM, e.g. 2026-11")

export const ListEntries = z
  .object({
    facility_id: id.optional(),
    participant_id: id.optional(),
    account_type: z.enum(ACCOUNT_TYPES).optional(),
    account_id: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(["sale", "refund", "payout", "adjustment"]).optional(),
    order_id: id.optional(),
    from: z.string().regex(DAY, "from: use YYYY-MM-DD").optional(),
    to: z.string().regex(DAY, "to: use YYYY-MM-DD").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListEntries = z.infer<typeof ListEntries>

export const RecordPayout = z
  .object({
    participant_id: id,
    amount: rupiah,
    method: z.enum(["savings_account", "handed_at_release", "held_by_facility"]),
    note: z.string().trim().max(500).nullish(),
  })
  .strict()
export type RecordPayout = z.infer<typeof RecordPayout>

const bps = (field: string) =>
  z
    .number({ message: `${field}: must be a whole number of basis points` })
    .int(`${field}: must be a whole number of basis points (100 = 1%)`)
    .min(0, `${field}: must not be negative`)
    .max(BPS_TOTAL, `${field}: must be at most 10000 (100%)`)

export const RecordTemplate = z
  .object({
    premi_bps: bps("premi_bps"),
    pnbp_bps: bps("pnbp_bps"),
    capital_bps: bps("capital_bps"),
    platform_bps: bps("platform_bps").default(0),
    note: z.string().trim().max(500).nullish(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const sum = t.premi_bps + t.pnbp_bps + t.capital_bps + t.platform_bps
    if (sum !== BPS_TOTAL) {
      ctx.addIssue({
        code: "custom",
        path: ["premi_bps"],
        message: `premi_bps: premi, PNBP, capital and platform must total 10000 basis points (100%), they total ${sum}`,
      })
    }
  })
export type RecordTemplate = z.infer<typeof RecordTemplate>

export const ReportQuery = z
  .object({ month, format: z.enum(["json", "csv", "pdf"]).default("json") })
  .strict()
export type ReportQuery = z.infer<typeof ReportQuery>

export const SummaryQuery = z.object({ format: z.enum(["json", "csv"]).default("json") }).strict()
export type SummaryQuery = z.infer<typeof SummaryQuery>
