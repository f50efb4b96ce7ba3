import { AdminCreateProgram, PortalCreateExpo } from "./validators"

const expo = {
  handle: "smexpo-2027",
  name: "SMEXPO 2027",
  venue: "Gedung Serbaguna",
  city: "Palembang",
  starts_at: "2027-12-04T09:00:00+07:00",
  ends_at: "2027-12-06T21:00:00+07:00",
  program_id: "prog_1",
}

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message).join("; ")

describe("PortalCreateExpo", () => {
  it("takes dates with an offset as instants and defaults the featured products to none", () => {
    const parsed = PortalCreateExpo.parse(expo)
    expect(parsed.starts_at.toISOString()).toBe("2027-12-04T02:00:00.000Z")
    expect(parsed.product_ids).toEqual([])
  })

  it("names the field that is wrong", () => {
    expect(messages(PortalCreateExpo.safeParse({ ...expo, ends_at: "2027-12-01T09:00:00+07:00" }))).toContain("ends_at")
    expect(messages(PortalCreateExpo.safeParse({ ...expo, starts_at: "besok" }))).toContain("starts_at")
    expect(messages(PortalCreateExpo.safeParse({ ...expo, handle: "SMEXPO 2027" }))).toContain("handle")
    expect(messages(PortalCreateExpo.safeParse({ ...expo, promo_code: "x" }))).toContain("promo_code")
  })
})

describe("AdminCreateProgram", () => {
  it("accepts SDG target numbers and a calendar day", () => {
    const parsed = AdminCreateProgram.parse({ handle: "p", name: "P", sponsor_company: "PT", sdg_targets: ["1.4", "8.5"], start_date: "2025-10-25" })
    expect(parsed.sdg_targets).toEqual(["1.4", "8.5"])
    expect(parsed.start_date?.toISOString()).toBe("2025-10-25T00:00:00.000Z")
  })

  it("refuses an SDG goal name and a day that does not exist", () => {
    expect(messages(AdminCreateProgram.safeParse({ handle: "p", name: "P", sponsor_company: "PT", sdg_targets: ["Tanpa Kemiskinan"] }))).toContain("sdg_targets")
    expect(AdminCreateProgram.safeParse({ handle: "p", name: "P", sponsor_company: "PT", start_date: "2025-02-31" }).success).toBe(false)
  })
})
