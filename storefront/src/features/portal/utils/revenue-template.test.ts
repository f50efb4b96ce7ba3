import { describe, expect, it } from "vitest"
import type { RevenueTemplate } from "../api/types"
import {
  bpsToPercentInput,
  versionHistory,
  templateToForm,
  templateTotalBps,
  toTemplateBody,
  validateTemplateForm,
  type TemplateFormValues,
} from "./revenue-template"

const version0: RevenueTemplate = {
  version: 0,
  premi_bps: 5000,
  pnbp_bps: 1500,
  capital_bps: 3500,
  platform_bps: 0,
  note: null,
  recorded_at: null,
}

const form = (shares: [string, string, string, string], note = ""): TemplateFormValues => ({
  premi_bps: shares[0],
  pnbp_bps: shares[1],
  capital_bps: shares[2],
  platform_bps: shares[3],
  note,
})

describe("the split template form", () => {
  it("starts from the template in force, in percents with two decimals", () => {
    expect(templateToForm(version0, "id")).toEqual(form(["50,00", "15,00", "35,00", "0,00"]))
    expect(templateToForm({ ...version0, premi_bps: 4750, platform_bps: 250 }, "en")).toEqual(
      form(["47.50", "15.00", "35.00", "2.50"])
    )
  })

  it("round-trips every basis point through the percent input", () => {
    for (const bps of [0, 1, 29, 333, 4999, 5000, 10000]) {
      const values = form([bpsToPercentInput(bps, "id"), "0", "0", "0"])
      expect(toTemplateBody(values).premi_bps).toBe(bps)
    }
  })

  it("keeps a running total in basis points, counting an unreadable share as 0", () => {
    expect(templateTotalBps(form(["50", "15", "35", "0"]))).toBe(10000)
    expect(templateTotalBps(form(["47,5", "15", "35", "2.5"]))).toBe(10000)
    expect(templateTotalBps(form(["50", "15", "abc", ""]))).toBe(6500)
  })

  it("accepts shares that total exactly 100%", () => {
    expect(validateTemplateForm(form(["47,50", "15", "35", "2,50"]))).toEqual({})
    expect(validateTemplateForm(form(["33,33", "33,33", "33,34", "0"]))).toEqual({})
  })

  it("names premi_bps when the total is off, as the server does", () => {
    expect(validateTemplateForm(form(["50", "15", "30", "0"]))).toEqual({ premi_bps: "templateTotal" })
    expect(validateTemplateForm(form(["50", "15", "35", "0,01"]))).toEqual({ premi_bps: "templateTotal" })
  })

  it("marks each share that is not a percent 0–100 with at most two decimals", () => {
    expect(validateTemplateForm(form(["50,001", "", "101", "-1"]))).toEqual({
      premi_bps: "percent",
      pnbp_bps: "percent",
      capital_bps: "percent",
      platform_bps: "percent",
    })
  })

  it("sends integer basis points and the note only when there is one", () => {
    expect(toTemplateBody(form(["47,5", "15", "35", "2,5"], "  Biaya platform mulai Juni  "))).toEqual({
      premi_bps: 4750,
      pnbp_bps: 1500,
      capital_bps: 3500,
      platform_bps: 250,
      note: "Biaya platform mulai Juni",
    })
    expect(toTemplateBody(form(["50", "15", "35", "0"], "  "))).not.toHaveProperty("note")
  })
})

describe("versionHistory", () => {
  const v = (version: number): RevenueTemplate => ({ ...version0, version, recorded_at: `2026-0${version}-01T00:00:00Z` })

  it("lists the default when no version was recorded yet", () => {
    expect(versionHistory(version0, [])).toEqual([version0])
  })

  it("lists recorded versions newest first, the one in force among them", () => {
    expect(versionHistory(v(2), [v(1), v(2)]).map((t) => t.version)).toEqual([2, 1])
  })
})
