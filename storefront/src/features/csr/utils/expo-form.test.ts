import { describe, expect, it } from "vitest"
import type { ExpoDetail } from "../api/types"
import {
  createExpoBody,
  expoValues,
  newExpoValues,
  normalizePromoCode,
  updateExpoBody,
  validateExpoForm,
  withHandle,
  withName,
  type ExpoFormValues,
} from "./expo-form"

const filled = (over: Partial<ExpoFormValues> = {}): ExpoFormValues => ({
  ...withName(newExpoValues([{ id: "prog_srikandi" }]), "Bazar UMKM Jakabaring"),
  venue: "Jakabaring Sport City",
  city: "Palembang",
  startDate: "2026-12-10",
  endDate: "2026-12-12",
  ...over,
})

const stored: ExpoDetail = {
  id: "expo_1",
  handle: "smexpo-2026",
  name: "SMEXPO 2026",
  venue: "Palembang Sport and Convention Center",
  city: "Palembang",
  starts_at: "2026-12-04T02:00:00.000Z",
  ends_at: "2026-12-06T14:00:00.000Z",
  promo_code: "SMEXPO26",
  promo_percentage: 10,
  program_id: "prog_srikandi",
  sales_channel_id: "sc_1",
  products: [{ id: "prod_a", title: "A", handle: "a", thumbnail: null, status: "published" }],
  publishable_key: "pk_x",
}

describe("a new expo's values", () => {
  it("preselects the program when the officer has only one, not when she has several", () => {
    expect(newExpoValues([{ id: "prog_a" }]).programId).toBe("prog_a")
    expect(newExpoValues([{ id: "prog_a" }, { id: "prog_b" }]).programId).toBe("")
  })

  it("derives the handle from the name until the officer types her own, and again if she empties it", () => {
    let v = withName(newExpoValues([]), "SMEXPO 2027")
    expect(v.handle).toBe("smexpo-2027")
    v = withHandle(v, "Smexpo-Plg")
    expect(v).toMatchObject({ handle: "smexpo-plg", handleEdited: true })
    v = withName(v, "SMEXPO 2027 Palembang")
    expect(v.handle).toBe("smexpo-plg")
    v = withHandle(v, "")
    expect(v).toMatchObject({ handle: "smexpo-2027-palembang", handleEdited: false })
  })
})

describe("validateExpoForm", () => {
  it("finds nothing wrong in a complete form", () => {
    expect(validateExpoForm(filled(), { requireProgram: true })).toEqual({})
  })

  it("names each field that is missing or malformed", () => {
    const problems = validateExpoForm(
      filled({ name: " ", handle: "Bazar UMKM", venue: "", city: "x".repeat(81), startDate: "", endDate: "2026-13-01", programId: "", promoCode: "a" }),
      { requireProgram: true }
    )
    expect(problems).toEqual({
      name: "required",
      handle: "handle",
      venue: "required",
      city: "tooLong",
      starts_at: "required",
      ends_at: "dateTime",
      program_id: "required",
      promo_code: "promoCode",
    })
  })

  it("refuses an end before the start, but allows an expo of one moment", () => {
    expect(validateExpoForm(filled({ endDate: "2026-12-09" }), { requireProgram: true })).toEqual({ ends_at: "endBeforeStart" })
    expect(
      validateExpoForm(filled({ endDate: "2026-12-10", endTime: "09:00" }), { requireProgram: true })
    ).toEqual({})
  })

  it("does not ask for a program when editing", () => {
    expect(validateExpoForm(filled({ programId: "" }), { requireProgram: false })).toEqual({})
  })
})

describe("request bodies", () => {
  it("sends the times as Jakarta time with +07:00, trimmed text and an uppercase promo code", () => {
    const body = createExpoBody(filled({ name: " Bazar UMKM Jakabaring ", promoCode: normalizePromoCode("bazar 26"), productIds: ["prod_a"] }))
    expect(body).toEqual({
      name: "Bazar UMKM Jakabaring",
      handle: "bazar-umkm-jakabaring",
      venue: "Jakabaring Sport City",
      city: "Palembang",
      starts_at: "2026-12-10T09:00:00+07:00",
      ends_at: "2026-12-12T21:00:00+07:00",
      program_id: "prog_srikandi",
      promo_code: "BAZAR26",
      promo_percentage: 10,
      product_ids: ["prod_a"],
    })
    expect(createExpoBody(filled())).not.toHaveProperty("promo_code")
  })

  it("reads a stored expo back in Jakarta time, and sends only what changed", () => {
    const values = expoValues(stored)
    expect(values).toMatchObject({ startDate: "2026-12-04", startTime: "09:00", endDate: "2026-12-06", endTime: "21:00" })
    expect(updateExpoBody(values, stored)).toEqual({})
    expect(updateExpoBody({ ...values, endTime: "22:00", city: "Kota Palembang" }, stored)).toEqual({
      city: "Kota Palembang",
      ends_at: "2026-12-06T22:00:00+07:00",
    })
    expect(updateExpoBody({ ...values, promoCode: "" }, stored)).toEqual({ promo_code: null })
  })

  it("sends the promo code's discount with the code, checks it is 1–50, and sends a changed one alone", () => {
    expect(createExpoBody(filled({ promoCode: "jakabaring", promoPercentage: "15" }))).toMatchObject({
      promo_code: "JAKABARING",
      promo_percentage: 15,
    })
    expect(createExpoBody(filled({ promoCode: "", promoPercentage: "15" }))).not.toHaveProperty("promo_percentage")
    for (const typed of ["0", "51", "7.5", "", "sepuluh"]) {
      expect(validateExpoForm(filled({ promoCode: "JAKABARING", promoPercentage: typed }), { requireProgram: true }), typed).toEqual({
        promo_percentage: "promoPercentage",
      })
    }
    expect(validateExpoForm(filled({ promoCode: "", promoPercentage: "99" }), { requireProgram: true })).toEqual({})
    expect(updateExpoBody({ ...expoValues(stored), promoPercentage: "20" }, stored)).toEqual({ promo_percentage: 20 })
    expect(updateExpoBody(expoValues(stored), stored)).toEqual({})
  })
})
