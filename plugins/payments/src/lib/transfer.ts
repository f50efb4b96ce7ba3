// The bank transfer instructions kept in a payment session's (and then the payment's) `data`: the contract shared
// with the storefront (plugins/payments/README.md).

export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

export type TransferData = {
  reference: string
  bank_name: string
  account_number: string
  account_holder: string
  /** whole rupiah */
  amount: number
  currency_code: "idr"
  /** ISO date-time: after it, an unpaid transfer's order is canceled */
  expires_at: string
  /** ISO date-time the order was placed (the session authorized) */
  authorized_at?: string
  /** ISO date-time the expiry job found it unpaid past `expires_at` and canceled the order */
  expired_at?: string
}

export function isTransferData(data: unknown): data is TransferData {
  const d = data as Partial<TransferData> | null | undefined
  return Boolean(d && typeof d.reference === "string" && typeof d.expires_at === "string")
}

/** The instructions a buyer sees (no internal fields). */
export function transferInstructions(data: TransferData) {
  return {
    reference: data.reference,
    bank_name: data.bank_name,
    account_number: data.account_number,
    account_holder: data.account_holder,
    expires_at: data.expires_at,
  }
}
