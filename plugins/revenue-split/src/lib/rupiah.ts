const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", minimumFractionDigits: 0, maximumFractionDigits: 0 })

/** `150000` → `Rp 150.000` (with a plain space, so it reads the same in a message, a CSV and a PDF). */
export const formatRupiah = (amount: number) => idr.format(amount).replace(/\u00a0/g, " ")
