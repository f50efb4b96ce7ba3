// The split of one sold line item and the reversal of a refund, as pure functions over whole rupiah. The workflows load
// the inputs and write what these return; the property tests drive them directly.
import { allocate } from "./allocate"

export const ACCOUNT_TYPES = ["participant", "facility_premi", "facility_pnbp", "facility_capital", "motif_holder", "platform"] as const
export type AccountType = (typeof ACCOUNT_TYPES)[number]
export const SHARES = ["royalty", "premi", "pnbp", "capital", "platform"] as const
export type Share = (typeof SHARES)[number]

export type Template = { version: number; premi_bps: number; pnbp_bps: number; capital_bps: number; platform_bps: number }
export const DEFAULT_TEMPLATE: Template = { version: 0, premi_bps: 5000, pnbp_bps: 1500, capital_bps: 3500, platform_bps: 0 }
export const BPS_TOTAL = 10000

export type RoyaltyHolder =
  | { kind: "facility"; facility_id: string }
  | { kind: "participant"; participant_id: string }
  | { kind: "organisation"; name: string }

export type LineTerms = {
  base: number
  facility_id: string
  template: Template
  royalties: { motif_id: string; royalty_bps: number; holder: RoyaltyHolder }[]
  makers: { participant_id: string; weight: number }[]
}

export type Part = { account_type: AccountType; account_id: string; share: Share; amount: number; motif_id?: string }

/** The ledger key of a part: one account receives one share of a line once (a motif's royalty once per motif). */
export const partKey = (p: Pick<Part, "account_type" | "account_id" | "share" | "motif_id">) =>
  `${p.share}:${p.account_type}:${p.account_id}${p.motif_id ? `:${p.motif_id}` : ""}`

function holderAccount(holder: RoyaltyHolder, facilityId: string): Pick<Part, "account_type" | "account_id"> {
  switch (holder.kind) {
    case "participant":
      return { account_type: "participant", account_id: holder.participant_id }
    case "organisation":
      return { account_type: "motif_holder", account_id: `organisation:${holder.name}` }
    default:
      return { account_type: "motif_holder", account_id: `facility:${holder.facility_id || facilityId}` }
  }
}

/** A template's shares must be whole basis points that total 10000. */
export function templateProblem(t: Omit<Template, "version">): string | null {
  for (const k of ["premi_bps", "pnbp_bps", "capital_bps", "platform_bps"] as const) {
    if (!Number.isInteger(t[k]) || t[k] < 0 || t[k] > BPS_TOTAL) return `${k} must be a whole number of basis points from 0 to 10000`
  }
  const sum = t.premi_bps + t.pnbp_bps + t.capital_bps + t.platform_bps
  return sum === BPS_TOTAL ? null : `the shares must total 10000 basis points (100%), they total ${sum}`
}

/**
 * Splits one line item's base (what the buyer paid for it after discounts, without tax and shipping):
 * 1. each royalty-bearing motif's royalty to its holder, together capped at the base;
 * 2. the rest by the facility's template (premi, PNBP, production capital, platform fee);
 * 3. the premi among the product's makers by their weights (to the facility's unassigned premi if it has none).
 * Parts of 0 rupiah are left out; the parts always sum to the base.
 */
export function splitLine(terms: LineTerms): Part[] {
  const { base, facility_id, template } = terms
  const parts: Part[] = []
  const royalties = terms.royalties.filter((r) => r.royalty_bps > 0)
  const royaltyBps = royalties.reduce((s, r) => s + r.royalty_bps, 0)
  const royaltyWeights = royalties.map((r) => ({ key: r.motif_id, weight: r.royalty_bps }))
  const royaltyParts = allocate(base, royaltyBps >= BPS_TOTAL ? royaltyWeights : [...royaltyWeights, { key: "\u0000rest", weight: BPS_TOTAL - royaltyBps }])
  royalties.forEach((r, i) => parts.push({ ...holderAccount(r.holder, facility_id), share: "royalty", amount: royaltyParts[i]!, motif_id: r.motif_id }))
  const rest = royaltyBps >= BPS_TOTAL ? 0 : royaltyParts[royalties.length]!

  const [premi, pnbp, capital, platform] = allocate(rest, [
    { key: "premi", weight: template.premi_bps },
    { key: "pnbp", weight: template.pnbp_bps },
    { key: "capital", weight: template.capital_bps },
    { key: "platform", weight: template.platform_bps },
  ]) as [number, number, number, number]

  const makers = terms.makers.filter((m) => m.weight > 0)
  if (makers.length) {
    const shares = allocate(premi, makers.map((m) => ({ key: m.participant_id, weight: m.weight })))
    makers.forEach((m, i) => parts.push({ account_type: "participant", account_id: m.participant_id, share: "premi", amount: shares[i]! }))
  } else {
    parts.push({ account_type: "facility_premi", account_id: facility_id, share: "premi", amount: premi })
  }
  parts.push({ account_type: "facility_pnbp", account_id: facility_id, share: "pnbp", amount: pnbp })
  parts.push({ account_type: "facility_capital", account_id: facility_id, share: "capital", amount: capital })
  parts.push({ account_type: "platform", account_id: "platform", share: "platform", amount: platform })
  return parts.filter((p) => p.amount > 0)
}

/** What a payment's sales still hold, per line item and part (sales plus the refunds already reversed). */
export type Outstanding = { line_item_id: string; parts: (Part & { amount: number })[] }[]
export type Reversal = { line_item_id: string; part: Part; amount: number }

/**
 * Reverses a refund of `refunded` rupiah against what a payment's sales still hold: the same allocation, first among
 * the line items by what each still holds, then within each line among its parts by what each still holds. What is
 * reversed equals what was refunded, up to what the sales still hold (shipping and tax are not in the ledger); no
 * part is ever reversed below zero. Amounts returned are positive: the entries written are their negatives.
 */
export function reverseRefund(refunded: number, outstanding: Outstanding): Reversal[] {
  const lines = outstanding
    .map((l) => ({ ...l, parts: l.parts.filter((p) => p.amount > 0) }))
    .map((l) => ({ ...l, held: l.parts.reduce((s, p) => s + p.amount, 0) }))
    .filter((l) => l.held > 0)
  const held = lines.reduce((s, l) => s + l.held, 0)
  const amount = Math.min(refunded, held)
  if (amount <= 0) return []
  const perLine = allocate(amount, lines.map((l) => ({ key: l.line_item_id, weight: l.held })))
  return lines.flatMap((line, i) => {
    const perPart = allocate(perLine[i]!, line.parts.map((p) => ({ key: partKey(p), weight: p.amount })))
    return line.parts
      .map((part, j) => ({ line_item_id: line.line_item_id, part, amount: perPart[j]! }))
      .filter((r) => r.amount > 0)
  })
}

/** The share of a price that goes to the product's makers: the premi after royalties, plus royalties held by makers. */
export function makersShareBps(template: Template, royalties: LineTerms["royalties"]): number {
  const royaltyBps = Math.min(BPS_TOTAL, royalties.reduce((s, r) => s + Math.max(0, r.royalty_bps), 0))
  const makersRoyalty = royalties.filter((r) => r.holder.kind === "participant").reduce((s, r) => s + r.royalty_bps, 0)
  return Math.round(((BPS_TOTAL - royaltyBps) * template.premi_bps) / BPS_TOTAL) + Math.min(makersRoyalty, royaltyBps)
}
