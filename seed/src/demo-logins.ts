// The demo accounts `npm start` creates and prints. They are for a local demo only; a real deployment creates its own.
export const DEMO_OPERATOR = {
  email: "operator@karyalapas.id",
  password: "karya-lapas-demo",
} as const

export const STOREFRONT_API_KEY_TITLE = "Karya Lapas Storefront"
export const DEFAULT_SALES_CHANNEL_NAME = "Default Sales Channel"
export const REGION_NAME = "Indonesia"
export const STOCK_LOCATION_NAME = "Gudang Karya Lapas"

/** The demo CSR staff login (Srikandi Mandiri's team), for /portal/csr. */
export const DEMO_CSR = {
  email: "csr.srikandi@karyalapas.id",
  password: "karya-lapas-demo",
  name: "Tim CSR Srikandi Mandiri",
  programs: ["srikandi-mandiri"],
} as const
