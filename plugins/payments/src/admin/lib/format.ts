const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", minimumFractionDigits: 0, maximumFractionDigits: 0 })

/** `150000` → "Rp 150.000" (whole rupiah). */
export const formatRupiah = (amount: number) => idr.format(amount)

const dateTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" })
/** In Jakarta time (WIB), as the buyer was told. */
export const formatDateTime = (iso: string) => `${dateTime.format(new Date(iso))} WIB`
