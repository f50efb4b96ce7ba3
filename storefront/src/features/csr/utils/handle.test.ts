import { describe, expect, it } from "vitest"
import { handleFromName, isHandle } from "./handle"

describe("handleFromName", () => {
  it.each([
    ["SMEXPO 2026", "smexpo-2026"],
    ["Bazar UMKM Jakabaring — Desember", "bazar-umkm-jakabaring-desember"],
    ["  Pameran Kriya & Kuliner!  ", "pameran-kriya-kuliner"],
    ["Pekan Kerajinan Sumsel (PKS) 2026", "pekan-kerajinan-sumsel-pks-2026"],
    ["Café Batik Jambi", "cafe-batik-jambi"],
    ["---", ""],
    ["", ""],
  ])("%j → %j", (name, handle) => {
    expect(handleFromName(name)).toBe(handle)
    if (handle) expect(isHandle(handle)).toBe(true)
  })

  it("cuts a long name at a dash, within 80 characters", () => {
    const long = "Pameran Produk Unggulan Warga Binaan Lembaga Pemasyarakatan Perempuan Se-Sumatera Bagian Selatan 2026"
    const handle = handleFromName(long)
    expect(handle.length).toBeLessThanOrEqual(80)
    expect(handle).toBe("pameran-produk-unggulan-warga-binaan-lembaga-pemasyarakatan-perempuan-se")
    expect(isHandle(handle)).toBe(true)
  })
})

describe("isHandle", () => {
  it("accepts what the server accepts and nothing else", () => {
    expect(isHandle("smexpo-2026")).toBe(true)
    for (const bad of ["SMEXPO", "smexpo--2026", "-smexpo", "smexpo-", "smexpo 2026", "smexpo_2026", "", "a".repeat(81)]) {
      expect(isHandle(bad), bad).toBe(false)
    }
  })
})
