// Demo sales: orders placed through the store's checkout by fictional buyers (invented names, streets and contact
// details; no real persons), so the Portal, the admin and the makers' ledger have something to show. Most were paid by
// bank transfer that staff confirmed (captured), two still await the transfer, one was partly refunded. Three buyers came
// through a QR tag of SMEXPO 2026, so the expo dashboard and the program report have sales. Then one premi payout into a
// participant's savings account.
import type { ShippingOptionCode } from "./shipping"

export interface SeedBuyer {
  first_name: string
  last_name: string
  email: string
  phone: string
  address_1: string
  city: string
  province: string
  postal_code: string
}

export interface SeedSaleItem {
  /** the product's handle in the catalogue */
  product: string
  sku: string
  quantity: number
}

export interface SeedSale {
  /** stored on the order as `metadata.karya_demo_sale`: a sale whose key exists is not placed again */
  key: string
  buyer: SeedBuyer
  items: SeedSaleItem[]
  shipping: ShippingOptionCode
  /** `captured`: staff confirmed the bank transfer; `awaiting`: the transfer has not arrived yet */
  payment: "captured" | "awaiting"
  /** part of a captured payment given back, in whole rupiah */
  refund?: { amount: number; note: string }
  /** the handle of the expo whose QR tag brought the buyer to the store: the cart carries it as
   * `metadata.karya_expo`, and the order is attributed to that expo */
  expo?: string
}

export interface SeedPayout {
  /** the participant's registration number */
  participant: string
  amount: number
  method: "savings_account" | "handed_at_release" | "held_by_facility"
  /** also how the seed recognises the payout it already recorded */
  note: string
}

/** The order metadata key that marks a demo sale. */
export const DEMO_SALE_METADATA_KEY = "karya_demo_sale"

export const sales: SeedSale[] = [
  {
    key: "demo-01-angso-duo",
    buyer: {
      first_name: "Ratna", last_name: "Kusumawardani", email: "ratna.kusumawardani@example.com", phone: "+62 812 0000 1101",
      address_1: "Jl. Flamboyan Raya No. 17", city: "Jakarta Selatan", province: "DKI Jakarta", postal_code: "12430",
    },
    items: [
      { product: "batik-tulis-angso-duo-sogan", sku: "KL-JMB-BT-ANGSO-SOG", quantity: 1 },
      { product: "kastengel-keju-lapuanja", sku: "KL-JMB-KR-KASTENGEL-250", quantity: 2 },
    ],
    shipping: "reguler",
    payment: "captured",
  },
  {
    key: "demo-02-songket-tretes",
    buyer: {
      first_name: "Hendra", last_name: "Wijaya Saputra", email: "hendra.wijaya@example.com", phone: "+62 813 0000 2202",
      address_1: "Jl. Seruni Blok C No. 4", city: "Kota Palembang", province: "Sumatera Selatan", postal_code: "30128",
    },
    items: [
      { product: "songket-tretes-mender-ungu", sku: "KL-PLG-SG-TRETES-UNG", quantity: 1 },
      { product: "keripik-tempe-srikandi", sku: "KL-PLG-MR-TEMPE-PDS", quantity: 3 },
    ],
    shipping: "kilat",
    payment: "captured",
    expo: "smexpo-2026",
  },
  {
    key: "demo-03-batik-cap-parang",
    buyer: {
      first_name: "Siti", last_name: "Aminah Rahayu", email: "siti.aminah@example.com", phone: "+62 815 0000 3303",
      address_1: "Jl. Cempaka Putih No. 9", city: "Kota Bandung", province: "Jawa Barat", postal_code: "40115",
    },
    items: [
      { product: "batik-cap-parang-indigo", sku: "KL-TNG-BC-PARANG-IND", quantity: 2 },
      { product: "rempeyek-kacang-tangerang", sku: "KL-TNG-MR-PEYEK-TRI", quantity: 1 },
    ],
    shipping: "reguler",
    payment: "captured",
  },
  {
    key: "demo-04-tiga-lapas",
    buyer: {
      first_name: "Dimas", last_name: "Arya Wicaksono", email: "dimas.arya@example.com", phone: "+62 817 0000 4404",
      address_1: "Jl. Kenari Gang Mawar No. 21", city: "Kota Yogyakarta", province: "DI Yogyakarta", postal_code: "55223",
    },
    items: [
      { product: "kemeja-batik-angso-duo-pria", sku: "KL-JMB-JH-KEMEJA-L", quantity: 1 },
      { product: "sarung-bantal-batik-kawung", sku: "KL-TNG-JH-BANTAL-SOG", quantity: 2 },
      { product: "tas-tali-meiwa-jinjing", sku: "KL-PLG-AY-TASMEIWA-MRN", quantity: 1 },
    ],
    shipping: "reguler",
    payment: "captured",
    expo: "smexpo-2026",
    refund: { amount: 75000, note: "Satu sarung bantal tiba dengan jahitan lepas; harga satu sarung dikembalikan." },
  },
  {
    key: "demo-05-sutra-angso-duo",
    buyer: {
      first_name: "Melati", last_name: "Anjani Putri", email: "melati.anjani@example.com", phone: "+62 821 0000 5505",
      address_1: "Jl. Teratai No. 33", city: "Kota Jambi", province: "Jambi", postal_code: "36124",
    },
    items: [{ product: "batik-tulis-sutra-angso-duo", sku: "KL-JMB-BT-SUTRA-ANGSO", quantity: 1 }],
    shipping: "kilat",
    payment: "awaiting",
  },
  {
    key: "demo-06-mukena-bolu",
    buyer: {
      first_name: "Rahmah", last_name: "Fadillah", email: "rahmah.fadillah@example.com", phone: "+62 822 0000 6606",
      address_1: "Jl. Anggrek Lorong Damai No. 8", city: "Kota Palembang", province: "Sumatera Selatan", postal_code: "30137",
    },
    items: [
      { product: "mukena-katun-bordir", sku: "KL-PLG-JH-MUKENA-PTH", quantity: 1 },
      { product: "bolu-kojo-pandan", sku: "KL-PLG-KR-BOLUKOJO", quantity: 2 },
    ],
    shipping: "ambil-di-lapas",
    payment: "captured",
    expo: "smexpo-2026",
  },
  {
    key: "demo-07-parang-seling",
    buyer: {
      first_name: "Larasati", last_name: "Dwi Handayani", email: "larasati.dwi@example.com", phone: "+62 857 0000 7707",
      address_1: "Jl. Bougenville Sektor 3 No. 12", city: "Kota Tangerang Selatan", province: "Banten", postal_code: "15411",
    },
    items: [
      { product: "batik-tulis-parang-seling", sku: "KL-TNG-BT-PARANG-SOG", quantity: 1 },
      { product: "putri-salju-tangerang", sku: "KL-TNG-KR-SALJU-500", quantity: 1 },
    ],
    shipping: "reguler",
    payment: "captured",
  },
  {
    key: "demo-08-kawung-nastar",
    buyer: {
      first_name: "Agus", last_name: "Setiawan Purba", email: "agus.setiawan@example.com", phone: "+62 878 0000 8808",
      address_1: "Jl. Dahlia Indah No. 5", city: "Kota Surabaya", province: "Jawa Timur", postal_code: "60231",
    },
    items: [
      { product: "batik-cap-kawung-jambi", sku: "KL-JMB-BC-KAWUNG-IND", quantity: 1 },
      { product: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-500", quantity: 1 },
    ],
    shipping: "reguler",
    payment: "awaiting",
  },
]

/** One premi payout, after the sales: part of Ibu Rini's premi from the angso duo batik, into her savings account. */
export const payout: SeedPayout = {
  participant: "JMB-2021-0417",
  amount: 150000,
  method: "savings_account",
  note: "Premi disetor ke rekening tabungan (data demo)",
}
