// The bank-transfer payment session's data (plugins/payments README): what the checkout can say before the order.

export type BankTransferSessionData = {
  reference: string
  bank_name: string
  account_number: string
  account_holder: string
  amount: number
  currency_code: string
  expires_at: string
}

export function parseBankTransferData(data: unknown): BankTransferSessionData | null {
  if (typeof data !== "object" || data === null) return null
  const d = data as Record<string, unknown>
  const strings = ["reference", "bank_name", "account_number", "account_holder", "currency_code", "expires_at"] as const
  if (!strings.every((key) => typeof d[key] === "string" && d[key] !== "")) return null
  const amount = typeof d.amount === "string" ? Number(d.amount) : d.amount
  if (typeof amount !== "number" || !Number.isFinite(amount)) return null
  if (Number.isNaN(Date.parse(d.expires_at as string))) return null
  return {
    reference: d.reference as string,
    bank_name: d.bank_name as string,
    account_number: d.account_number as string,
    account_holder: d.account_holder as string,
    amount,
    currency_code: d.currency_code as string,
    expires_at: d.expires_at as string,
  }
}

/** Whole hours from now until the deadline (at least 1), as the buyer will have them once she orders. */
export function hoursToPay(expiresAt: string, now: number = Date.now()): number | null {
  const end = Date.parse(expiresAt)
  if (Number.isNaN(end)) return null
  return Math.max(1, Math.round((end - now) / 3_600_000))
}
