import { describe, expect, it } from "vitest"
import { filenameFromDisposition } from "./download"

describe("filenameFromDisposition", () => {
  it.each([
    ['attachment; filename="pernyataan-2025-05.pdf"', "pernyataan-2025-05.pdf"],
    ["attachment; filename=ringkasan.csv", "ringkasan.csv"],
    ["attachment; filename=\"fallback.csv\"; filename*=UTF-8''Ibu%20R%20Mei.csv", "Ibu R Mei.csv"],
    ['attachment; filename="../../etc/passwd"', "passwd"],
  ])("reads %j as %j", (header, name) => {
    expect(filenameFromDisposition(header)).toBe(name)
  })

  it.each([null, undefined, "", "attachment", 'attachment; filename=""', 'attachment; filename=".."'])(
    "finds no name in %j",
    (header) => {
      expect(filenameFromDisposition(header)).toBeNull()
    }
  )

  it("falls back to the plain name when the extended one is malformed", () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=\"plain.csv\"")).toBe("plain.csv")
  })
})
