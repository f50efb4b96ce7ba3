// Basis points (1/100 of a percent, integers from the API) shown as a percent, exactly: no float division.
export type PercentLanguage = "id" | "en"

/**
 * 5000 → "50%", 1250 → "12,5%" (id) / "12.5%" (en); with `fixed`, always two decimals: "50,00%".
 * Non-integer input is not a basis-point figure and throws.
 */
export function formatBps(
  bps: number,
  language: PercentLanguage = "id",
  { fixed = false }: { fixed?: boolean } = {}
): string {
  if (!Number.isSafeInteger(bps)) {
    throw new RangeError(`formatBps: not a whole number of basis points: ${bps}`)
  }
  const sign = bps < 0 ? "-" : ""
  const abs = Math.abs(bps)
  const whole = Math.floor(abs / 100)
  let cents = String(abs % 100).padStart(2, "0")
  if (!fixed) cents = cents.replace(/0+$/, "")
  const separator = language === "en" ? "." : ","
  const wholeText = whole.toLocaleString(language === "en" ? "en-GB" : "id-ID")
  return `${sign}${wholeText}${cents ? separator + cents : ""}%`
}
