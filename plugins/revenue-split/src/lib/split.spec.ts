import fc from "fast-check"
import { DEFAULT_TEMPLATE, makersShareBps, partKey, reverseRefund, splitLine, templateProblem, type LineTerms, type Outstanding, type Part } from "./split"

const terms = (over: Partial<LineTerms> = {}): LineTerms => ({
  base: 150_000,
  facility_id: "fac_jambi",
  template: DEFAULT_TEMPLATE,
  royalties: [],
  makers: [{ participant_id: "ptc_a", weight: 1 }],
  ...over,
})
// A plain throw: `expect` inside 10,000 runs of a property costs seconds.
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`broken: ${what}`)
}
const sum = (parts: { amount: number }[]) => parts.reduce((s, p) => s + p.amount, 0)
const amountOf = (parts: Part[], share: string, accountId?: string) =>
  sum(parts.filter((p) => p.share === share && (!accountId || p.account_id === accountId)))

describe("splitLine", () => {
  it("splits a Rp 150.000 line 50/15/35 with one maker", () => {
    const parts = splitLine(terms())
    expect(parts).toEqual([
      { account_type: "participant", account_id: "ptc_a", share: "premi", amount: 75_000 },
      { account_type: "facility_pnbp", account_id: "fac_jambi", share: "pnbp", amount: 22_500 },
      { account_type: "facility_capital", account_id: "fac_jambi", share: "capital", amount: 52_500 },
    ])
  })

  it("pays a 10% motif royalty to its holder first, then splits the rest", () => {
    const parts = splitLine(terms({ royalties: [{ motif_id: "motif_1", royalty_bps: 1000, holder: { kind: "facility", facility_id: "fac_jambi" } }] }))
    expect(amountOf(parts, "royalty", "facility:fac_jambi")).toBe(15_000)
    expect(amountOf(parts, "premi")).toBe(67_500)
    expect(amountOf(parts, "pnbp")).toBe(20_250)
    expect(amountOf(parts, "capital")).toBe(47_250)
    expect(sum(parts)).toBe(150_000)
  })

  it("caps royalties at the base", () => {
    const parts = splitLine(terms({
      base: 1001,
      royalties: [
        { motif_id: "m1", royalty_bps: 8000, holder: { kind: "participant", participant_id: "ptc_b" } },
        { motif_id: "m2", royalty_bps: 7000, holder: { kind: "organisation", name: "Dekranasda" } },
      ],
    }))
    expect(sum(parts)).toBe(1001)
    expect(parts.every((p) => p.share === "royalty")).toBe(true)
    expect(amountOf(parts, "royalty", "ptc_b")).toBe(534)
    expect(amountOf(parts, "royalty", "organisation:Dekranasda")).toBe(467)
  })

  it("splits the premi among 3 makers by weight, to the rupiah", () => {
    const parts = splitLine(terms({ base: 100_001, makers: [{ participant_id: "ptc_a", weight: 2 }, { participant_id: "ptc_b", weight: 1 }, { participant_id: "ptc_c", weight: 1 }] }))
    // premi of 100.001 is 50.001 (remainder .5 beats capital's .35 and pnbp's .15)
    expect(amountOf(parts, "premi")).toBe(50_001)
    expect([amountOf(parts, "premi", "ptc_a"), amountOf(parts, "premi", "ptc_b"), amountOf(parts, "premi", "ptc_c")]).toEqual([25_001, 12_500, 12_500])
    expect(sum(parts)).toBe(100_001)
  })

  it("keeps the premi of a product without makers on the facility's unassigned premi", () => {
    const parts = splitLine(terms({ makers: [] }))
    expect(parts[0]).toEqual({ account_type: "facility_premi", account_id: "fac_jambi", share: "premi", amount: 75_000 })
  })

  it("adds a platform fee when the template has one", () => {
    const parts = splitLine(terms({ template: { version: 2, premi_bps: 5000, pnbp_bps: 1500, capital_bps: 3000, platform_bps: 500 } }))
    expect(amountOf(parts, "platform")).toBe(7500)
    expect(sum(parts)).toBe(150_000)
  })
})

describe("templateProblem", () => {
  it("accepts shares that total 10000 and names what is wrong otherwise", () => {
    expect(templateProblem(DEFAULT_TEMPLATE)).toBeNull()
    expect(templateProblem({ premi_bps: 5000, pnbp_bps: 1500, capital_bps: 3000, platform_bps: 0 })).toMatch(/total 9500/)
    expect(templateProblem({ premi_bps: -1, pnbp_bps: 1500, capital_bps: 8501, platform_bps: 0 })).toMatch(/premi_bps/)
    expect(templateProblem({ premi_bps: 5000.5, pnbp_bps: 1500, capital_bps: 3499.5, platform_bps: 0 })).toMatch(/premi_bps/)
  })
})

describe("makersShareBps", () => {
  it("is the premi after royalties plus royalties the makers hold", () => {
    expect(makersShareBps(DEFAULT_TEMPLATE, [])).toBe(5000)
    expect(makersShareBps(DEFAULT_TEMPLATE, [{ motif_id: "m", royalty_bps: 1000, holder: { kind: "facility", facility_id: "f" } }])).toBe(4500)
    expect(makersShareBps(DEFAULT_TEMPLATE, [{ motif_id: "m", royalty_bps: 1000, holder: { kind: "participant", participant_id: "p" } }])).toBe(5500)
  })
})

describe("reverseRefund", () => {
  const outstanding = (): Outstanding => [
    { line_item_id: "li_1", parts: splitLine(terms()) },
    { line_item_id: "li_2", parts: splitLine(terms({ base: 50_000, makers: [{ participant_id: "ptc_b", weight: 1 }, { participant_id: "ptc_c", weight: 1 }] })) },
  ]

  it("reverses a full refund exactly, part by part", () => {
    const reversed = reverseRefund(200_000, outstanding())
    for (const line of outstanding()) {
      for (const part of line.parts) {
        const r = reversed.find((x) => x.line_item_id === line.line_item_id && partKey(x.part) === partKey(part))
        expect(r?.amount).toBe(part.amount)
      }
    }
  })

  it("reverses a partial refund in proportion, and never more than the sales hold", () => {
    const reversed = reverseRefund(20_000, outstanding())
    expect(sum(reversed)).toBe(20_000)
    expect(sum(reversed.filter((r) => r.line_item_id === "li_1"))).toBe(15_000)
    expect(sum(reverseRefund(225_000, outstanding()))).toBe(200_000) // shipping is not in the ledger
    expect(reverseRefund(0, outstanding())).toEqual([])
  })

  it("loses and creates no rupiah over 10,000 random sequences of sales and refunds", () => {
    const line = fc.record({
      base: fc.integer({ min: 1, max: 5_000_000 }),
      royalty: fc.integer({ min: 0, max: 3000 }),
      holder: fc.constantFrom("facility", "participant"),
      makers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 4 }),
      template: fc.constantFrom(DEFAULT_TEMPLATE, { version: 1, premi_bps: 6000, pnbp_bps: 1000, capital_bps: 2500, platform_bps: 500 }),
    })
    const sequence = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 4 }),
      refunds: fc.array(fc.integer({ min: 1, max: 6_000_000 }), { maxLength: 5 }),
    })
    fc.assert(
      fc.property(sequence, ({ lines, refunds }) => {
        // The ledger of one payment: what each (line, part) holds.
        const held = new Map<string, number>()
        const sold: Outstanding = lines.map((l, i) => {
          const parts = splitLine({
            base: l.base,
            facility_id: "fac",
            template: l.template,
            royalties: l.royalty ? [{ motif_id: "m", royalty_bps: l.royalty, holder: l.holder === "facility" ? { kind: "facility", facility_id: "fac" } : { kind: "participant", participant_id: "ptc_0" } }] : [],
            makers: l.makers.map((weight, j) => ({ participant_id: `ptc_${j}`, weight })),
          })
          check(sum(parts) === l.base, "a line's parts sum to its base")
          parts.forEach((p) => held.set(`li_${i}|${partKey(p)}`, p.amount))
          return { line_item_id: `li_${i}`, parts }
        })
        const totalSold = lines.reduce((s, l) => s + l.base, 0)
        let totalRefunded = 0
        for (const refund of refunds) {
          const outstanding: Outstanding = sold.map((l) => ({
            line_item_id: l.line_item_id,
            parts: l.parts.map((p) => ({ ...p, amount: held.get(`${l.line_item_id}|${partKey(p)}`)! })),
          }))
          const before = [...held.values()].reduce((s, v) => s + v, 0)
          const reversed = reverseRefund(refund, outstanding)
          for (const r of reversed) {
            const key = `${r.line_item_id}|${partKey(r.part)}`
            held.set(key, held.get(key)! - r.amount)
            check(held.get(key)! >= 0, "no part is reversed below zero")
            check(Number.isSafeInteger(r.amount) && r.amount > 0, "reversals are whole rupiah")
          }
          // what is reversed equals what was refunded, up to what the sales still held
          check(sum(reversed) === Math.min(refund, before), "what is reversed equals what was refunded")
          totalRefunded += sum(reversed)
        }
        check([...held.values()].reduce((s, v) => s + v, 0) === totalSold - totalRefunded, "sold − refunded = held")
      }),
      { numRuns: 10_000 }
    )
  }, 120_000)
})
