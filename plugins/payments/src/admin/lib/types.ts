// The shapes of plugins/payments' admin routes (README.md, "API").
export type PaymentStatus = "awaiting" | "paid" | "expired" | "flagged" | "refunded"

export type TransferFlag = {
  id: string
  reason: "amount_mismatch" | "unknown_payment" | "other"
  expected_amount: number | null
  received_amount: number | null
  note: string | null
  created_at: string
  resolved_at: string | null
  resolution: string | null
}

export type StaffTransfer = {
  order_id: string
  display_id: number
  order_status: string
  payment_id: string
  provider_id: string
  status: PaymentStatus
  amount: number
  amount_due: number
  currency_code: string
  reference: string | null
  bank_name: string | null
  account_number: string | null
  account_holder: string | null
  expires_at: string | null
  captured_at: string | null
  canceled_at: string | null
  flags: TransferFlag[]
  can_confirm: boolean
}
