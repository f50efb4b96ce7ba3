// The store's shipping options for Indonesia: two couriers and pickup at the facility. Amounts in whole rupiah.
export const SHIPPING_OPTIONS = [
  { code: "reguler", name: "Kurir Reguler", label: "Reguler", description: "Tiba 2–5 hari kerja", amount: 25000 },
  { code: "kilat", name: "Kurir Kilat", label: "Kilat", description: "Tiba 1–2 hari kerja", amount: 45000 },
  { code: "ambil-di-lapas", name: "Ambil di Lapas", label: "Ambil sendiri", description: "Diambil di lapas pembuatnya", amount: 0 },
] as const

export type ShippingOptionCode = (typeof SHIPPING_OPTIONS)[number]["code"]
