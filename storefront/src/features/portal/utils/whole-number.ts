/**
 * Reads a whole number typed by staff: "150000", "150.000" (Indonesian thousands), "Rp 150.000", "150 000".
 * Returns null for anything else (decimals, negative numbers, letters, an empty field).
 */
export function parseWholeNumber(input: string): number | null {
  const text = input.trim().replace(/^rp\.?\s*/i, "")
  if (!/^(\d+|\d{1,3}([. \u00a0]\d{3})+)$/.test(text)) return null
  const value = Number(text.replace(/[. \u00a0]/g, ""))
  return Number.isSafeInteger(value) ? value : null
}
