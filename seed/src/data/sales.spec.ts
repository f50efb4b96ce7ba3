import { facilities, products } from "./catalogue"
import { makersOf } from "./makers"
import { motifs } from "./motifs"
import { participants } from "./participants"
import { payout, sales } from "./sales"
import { SHIPPING_OPTIONS } from "./shipping"

const productOf = (handle: string) => products.find((p) => p.handle === handle)
const priceOf = (sku: string) => products.flatMap((p) => p.variants).find((v) => v.sku === sku)!.priceIdr

describe("the demo sales", () => {
  it("are about eight orders with unique keys", () => {
    expect(sales.length).toBeGreaterThanOrEqual(6)
    expect(sales.length).toBeLessThanOrEqual(10)
    expect(new Set(sales.map((s) => s.key)).size).toBe(sales.length)
    for (const s of sales) expect(s.key, s.key).toMatch(/^[a-z0-9-]+$/)
  })

  it("order variants that exist, of the product named, in positive whole quantities within stock", () => {
    const ordered = new Map<string, number>()
    for (const s of sales) {
      expect(s.items.length, s.key).toBeGreaterThan(0)
      expect(new Set(s.items.map((i) => i.sku)).size, s.key).toBe(s.items.length)
      for (const item of s.items) {
        const product = productOf(item.product)
        expect(product, `${s.key}: ${item.product}`).toBeDefined()
        expect(product!.variants.map((v) => v.sku), `${s.key}: ${item.sku}`).toContain(item.sku)
        expect(Number.isInteger(item.quantity) && item.quantity > 0, `${s.key}: ${item.sku}`).toBe(true)
        ordered.set(item.sku, (ordered.get(item.sku) ?? 0) + item.quantity)
      }
    }
    for (const [sku, quantity] of ordered) {
      const stock = products.flatMap((p) => p.variants).find((v) => v.sku === sku)!.stock
      expect(quantity, sku).toBeLessThanOrEqual(stock)
    }
  })

  it("ship with one of the store's shipping options", () => {
    for (const s of sales) expect(SHIPPING_OPTIONS.map((o) => o.code), s.key).toContain(s.shipping)
  })

  it("sell goods of all three facilities, the royalty-bearing angso duo batik and a product with several makers", () => {
    const sold = sales.flatMap((s) => s.items.map((i) => productOf(i.product)!))
    expect(new Set(sold.map((p) => p.facility))).toEqual(new Set(facilities.map((f) => f.handle)))
    const captured = sales.filter((s) => s.payment === "captured").flatMap((s) => s.items.map((i) => i.product))
    const angsoDuo = motifs.find((m) => m.title.startsWith("Angso Duo"))!
    expect(angsoDuo.royalty_bps).toBeGreaterThan(0)
    expect(captured).toContain("batik-tulis-angso-duo-sogan")
    expect(angsoDuo.products).toContain("batik-tulis-angso-duo-sogan")
    expect(captured.some((handle) => makersOf(handle).length > 1)).toBe(true)
  })

  it("leave one or two awaiting payment and partly refund one captured payment", () => {
    const awaiting = sales.filter((s) => s.payment === "awaiting")
    expect(awaiting.length).toBeGreaterThanOrEqual(1)
    expect(awaiting.length).toBeLessThanOrEqual(2)
    const refunded = sales.filter((s) => s.refund)
    expect(refunded).toHaveLength(1)
    const sale = refunded[0]!
    expect(sale.payment).toBe("captured")
    const itemsTotal = sale.items.reduce((sum, i) => sum + priceOf(i.sku) * i.quantity, 0)
    expect(Number.isInteger(sale.refund!.amount) && sale.refund!.amount > 0).toBe(true)
    expect(sale.refund!.amount).toBeLessThan(itemsTotal) // partly
    expect(sale.refund!.note.trim().length).toBeGreaterThan(0)
  })

  it("have fictional buyers with Indonesian addresses and reserved example e-mail domains", () => {
    for (const s of sales) {
      expect(s.buyer.email, s.key).toMatch(/^[a-z.]+@example\.com$/)
      expect(s.buyer.postal_code, s.key).toMatch(/^\d{5}$/)
      expect(s.buyer.phone, s.key).toMatch(/^\+62 8\d{2} 0000 \d{4}$/) // 0000: not a number anyone holds
      for (const field of [s.buyer.first_name, s.buyer.last_name, s.buyer.address_1, s.buyer.city, s.buyer.province]) {
        expect(field.trim().length, s.key).toBeGreaterThan(0)
      }
    }
    // no buyer shares a name with a participant
    const makerNames = participants.map((p) => p.legal_name.toLowerCase())
    for (const s of sales) expect(makerNames, s.key).not.toContain(`${s.buyer.first_name} ${s.buyer.last_name}`.toLowerCase())
  })

  it("pay out to a maker of a captured sale less than the premi she earns from it", () => {
    const maker = participants.find((p) => p.registration_number === payout.participant)
    expect(maker?.status).toBe("active")
    expect(Number.isInteger(payout.amount) && payout.amount > 0).toBe(true)
    expect(["savings_account", "handed_at_release", "held_by_facility"]).toContain(payout.method)
    // Her premi under the default template (50% after motif royalties), rounded down, net of any refund on the order.
    let premi = 0
    for (const s of sales.filter((s) => s.payment === "captured")) {
      let fromSale = 0
      for (const item of s.items) {
        const credits = makersOf(item.product)
        const mine = credits.find((c) => c.registration_number === payout.participant)
        if (!mine) continue
        const base = priceOf(item.sku) * item.quantity
        const royaltyBps = motifs.filter((m) => m.products.includes(item.product)).reduce((sum, m) => sum + m.royalty_bps, 0)
        const afterRoyalty = base - Math.ceil((base * royaltyBps) / 10000)
        const weights = credits.reduce((sum, c) => sum + c.weight, 0)
        fromSale += Math.floor((Math.floor(afterRoyalty / 2) * mine.weight) / weights)
      }
      premi += Math.max(0, fromSale - (s.refund?.amount ?? 0))
    }
    expect(premi).toBeGreaterThan(payout.amount)
  })
})
