// Medusa stores IDR in major units (150000 = Rp 150.000); rupiah have no minor unit on display.
const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})

/** Formats an IDR amount as "Rp 150.000" (with a no-break space after "Rp"). */
export function formatRupiah(amount: number | string): string {
  const value = typeof amount === "string" ? Number(amount.trim()) : amount
  if (
    !Number.isFinite(value) ||
    (typeof amount === "string" && amount.trim() === "")
  ) {
    throw new RangeError(
      `formatRupiah: not an amount: ${JSON.stringify(amount)}`
    )
  }
  return rupiah.format(value)
}
