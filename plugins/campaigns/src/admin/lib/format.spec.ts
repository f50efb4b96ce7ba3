import { formatDay, formatExpoDates, formatRupiah } from "./format"

// Intl separates with a no-break / thin space in places; compare with plain spaces
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, " ")

describe("format", () => {
  it("shows whole rupiah the Indonesian way", () => {
    expect(plain(formatRupiah(150000))).toBe("Rp 150.000")
    expect(plain(formatRupiah(0))).toBe("Rp 0")
  })

  it("shows a calendar day without shifting it into another zone", () => {
    expect(formatDay("2025-10-25")).toBe("25 Okt 2025")
    expect(formatDay("2019-01-01")).toBe("1 Jan 2019")
    expect(formatDay(null)).toBe("–")
    expect(formatDay("kapan-kapan")).toBe("kapan-kapan")
  })

  it("shows an expo's days in Jakarta time", () => {
    expect(plain(formatExpoDates("2026-12-04T09:00:00+07:00", "2026-12-06T21:00:00+07:00"))).toBe("4–6 Des 2026")
    // 23:30 in Jakarta on 3 Dec is 16:30 UTC: still the 3rd there
    expect(plain(formatExpoDates("2026-12-03T16:30:00Z", "2026-12-04T10:00:00Z"))).toBe("3–4 Des 2026")
    expect(plain(formatExpoDates("2026-11-30T09:00:00+07:00", "2026-12-06T21:00:00+07:00"))).toBe("30 Nov – 6 Des 2026")
    expect(plain(formatExpoDates("2026-12-04T09:00:00+07:00", "2026-12-04T21:00:00+07:00"))).toBe("4 Des 2026")
  })
})
