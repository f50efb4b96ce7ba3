// The booth's basket: which variants, how many (never more than in stock), and what it all costs, in whole rupiah.
// Pure functions over plain data, so the rules are tested without a browser.
import type { BoothProduct, BoothVariant } from "../api/types"
import { matchesWords } from "./text"

export type BasketLine = { variantId: string; quantity: number }
export type BoothItem = { product: BoothProduct; variant: BoothVariant }

/** A variant whose stock is not tracked (stock null) still gets a sane ceiling per sale. */
export const UNTRACKED_MAX = 99

export function indexVariants(products: BoothProduct[]): Map<string, BoothItem> {
  const index = new Map<string, BoothItem>()
  for (const product of products) for (const variant of product.variants) index.set(variant.id, { product, variant })
  return index
}

/** How many of the variant one sale can take: none without a price, else up to its stock. */
export const maxQuantity = (variant: Pick<BoothVariant, "stock" | "price">) =>
  variant.price === null ? 0 : variant.stock === null ? UNTRACKED_MAX : Math.max(0, Math.floor(variant.stock))

/** What a scanner typed (SKU, any case, stray spaces) → the variant with that SKU, or null. */
export function findBySku(products: BoothProduct[], typed: string): BoothItem | null {
  const sku = typed.trim().toUpperCase()
  if (!sku) return null
  for (const product of products) {
    for (const variant of product.variants) {
      if (variant.sku && variant.sku.trim().toUpperCase() === sku) return { product, variant }
    }
  }
  return null
}

export type AddResult = { lines: BasketLine[]; added: number; refused: null | "out_of_stock" | "stock_limit" }

/** Adds `quantity` of the variant, up to its stock; says when it could add fewer or none. */
export function addToBasket(lines: BasketLine[], variant: BoothVariant, quantity = 1): AddResult {
  const max = maxQuantity(variant)
  if (max === 0) return { lines, added: 0, refused: "out_of_stock" }
  const current = lines.find((l) => l.variantId === variant.id)?.quantity ?? 0
  const next = Math.min(max, current + Math.max(0, Math.floor(quantity)))
  const added = next - current
  if (added === 0) return { lines, added: 0, refused: "stock_limit" }
  const updated = current
    ? lines.map((l) => (l.variantId === variant.id ? { ...l, quantity: next } : l))
    : [...lines, { variantId: variant.id, quantity: next }]
  return { lines: updated, added, refused: added < quantity ? "stock_limit" : null }
}

/** Sets a line to `quantity`, kept within 0..stock; 0 (or less) removes it. */
export function setLineQuantity(lines: BasketLine[], variant: BoothVariant, quantity: number): BasketLine[] {
  const wanted = Number.isFinite(quantity) ? Math.floor(quantity) : 0
  const next = Math.min(maxQuantity(variant), Math.max(0, wanted))
  if (next === 0) return lines.filter((l) => l.variantId !== variant.id)
  return lines.some((l) => l.variantId === variant.id)
    ? lines.map((l) => (l.variantId === variant.id ? { ...l, quantity: next } : l))
    : [...lines, { variantId: variant.id, quantity: next }]
}

export const removeLine = (lines: BasketLine[], variantId: string) => lines.filter((l) => l.variantId !== variantId)

/** Sum of price × quantity, whole rupiah; lines whose variant is gone (or has no price) count nothing. */
export function basketTotal(lines: BasketLine[], index: Map<string, BoothItem>): number {
  let total = 0
  for (const line of lines) {
    const item = index.get(line.variantId)
    if (item) total += (item.variant.price ?? 0) * line.quantity
  }
  return total
}

export const basketCount = (lines: BasketLine[]) => lines.reduce((n, l) => n + l.quantity, 0)

export const orderItems = (lines: BasketLine[]) => lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity }))

/**
 * After the booth's stock is read again (another sale, an online order): lines of variants no longer sold are dropped
 * and quantities above the new stock are lowered. `changed` says whether the basket had to change.
 */
export function reconcileBasket(lines: BasketLine[], index: Map<string, BoothItem>): { lines: BasketLine[]; changed: boolean } {
  const next: BasketLine[] = []
  for (const line of lines) {
    const item = index.get(line.variantId)
    if (!item) continue
    const quantity = Math.min(line.quantity, maxQuantity(item.variant))
    if (quantity > 0) next.push(quantity === line.quantity ? line : { ...line, quantity })
  }
  const changed = next.length !== lines.length || next.some((l, i) => l !== lines[i])
  return { lines: changed ? next : lines, changed }
}

/** Products whose name (or facility, or a variant's name or SKU) holds every word typed. */
export const filterProducts = (products: BoothProduct[], query: string) =>
  products.filter((p) =>
    matchesWords([p.title, p.facility?.name ?? "", ...p.variants.flatMap((v) => [v.title, v.sku ?? ""])].join(" "), query)
  )

type RandomSource = Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string }

/**
 * One key per basket, sent with its order: a double tap or a retry then returns the same order. crypto.randomUUID
 * exists only on secure pages (https, localhost); a booth tablet on the venue's network over plain http gets a v4
 * UUID built from getRandomValues, which every browser has.
 */
export function newIdempotencyKey(source: RandomSource = globalThis.crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID()
  const bytes = source.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** "Songket Lepus — Merah"; a product's only, default variant is not named twice. */
export function variantLabel(productTitle: string, variantTitle: string): string {
  return variantTitle && variantTitle !== productTitle && !/^default/i.test(variantTitle)
    ? `${productTitle} — ${variantTitle}`
    : productTitle
}
