// Indonesia's 38 provinces (since the four new Papuan provinces of 2022), as their names are written on an address.
export const PROVINCES = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Kepulauan Riau",
  "Jambi",
  "Sumatera Selatan",
  "Kepulauan Bangka Belitung",
  "Bengkulu",
  "Lampung",
  "DKI Jakarta",
  "Banten",
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Tengah",
  "Kalimantan Selatan",
  "Kalimantan Timur",
  "Kalimantan Utara",
  "Sulawesi Utara",
  "Gorontalo",
  "Sulawesi Tengah",
  "Sulawesi Barat",
  "Sulawesi Selatan",
  "Sulawesi Tenggara",
  "Maluku",
  "Maluku Utara",
  "Papua",
  "Papua Barat",
  "Papua Barat Daya",
  "Papua Selatan",
  "Papua Tengah",
  "Papua Pegunungan",
] as const

export type Province = (typeof PROVINCES)[number]

export function isProvince(value: unknown): value is Province {
  return typeof value === "string" && (PROVINCES as readonly string[]).includes(value)
}

/** The listed province an address names, tolerating case, spaces and the old "DKI"/"DI" spellings; null if none. */
export function matchProvince(value: string | null | undefined): Province | null {
  if (!value) return null
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(provinsi|prov\.?)\s+/, "")
      .replace(/\b(daerah khusus ibukota|dki|daerah istimewa|di)\b/g, "")
      .replace(/[^a-z]/g, "")
  const wanted = key(value)
  return PROVINCES.find((p) => key(p) === wanted) ?? null
}
