// The payments plugin's order routes (plugins/payments/README.md), as the storefront reads them.

export type PaymentStatus = "awaiting" | "paid" | "expired" | "flagged" | "refunded"

export type TransferInstructions = {
  reference: string
  bank_name: string
  account_number: string
  account_holder: string
  expires_at: string
}

export type OrderPayment = {
  provider_id: string
  status: PaymentStatus
  /** whole rupiah */
  amount: number
  currency_code: string
  transfer?: TransferInstructions | null
}

export type LookupOrderItem = {
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
  product_handle: string | null
}

export type LookupOrder = {
  id: string
  display_id: number
  status: string
  payment: OrderPayment | null
  created_at: string
  email: string
  items: LookupOrderItem[]
  item_subtotal: number
  shipping_total: number
  discount_total: number
  total: number
  shipping_address: { city: string | null; province: string | null } | null
}
