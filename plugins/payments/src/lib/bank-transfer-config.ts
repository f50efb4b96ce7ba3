// Where buyers send a bank transfer and how long they have: from the environment, with demo defaults so a fresh
// machine runs without configuration (README, "Configuration").

export type BankTransferConfig = {
  bank_name: string
  account_number: string
  account_holder: string
  /** hours from the order until an unpaid transfer expires (the order is then canceled) */
  expiry_hours: number
}

export const DEMO_BANK = {
  bank_name: "Bank Mandiri",
  account_number: "1370012345678",
  account_holder: "Karya Lapas (rekening demo)",
}
export const DEFAULT_EXPIRY_HOURS = 24

/** Reads KARYA_BANK_NAME, KARYA_BANK_ACCOUNT_NUMBER, KARYA_BANK_ACCOUNT_HOLDER and KARYA_TRANSFER_EXPIRY_HOURS. A
 * malformed expiry is a configuration error: it throws, so the server does not start with a deadline nobody set. */
export function bankTransferConfig(env: NodeJS.ProcessEnv = process.env): BankTransferConfig {
  const raw = env.KARYA_TRANSFER_EXPIRY_HOURS?.trim()
  const expiry = raw ? Number(raw) : DEFAULT_EXPIRY_HOURS
  if (!Number.isFinite(expiry) || expiry <= 0 || expiry > 24 * 60) {
    throw new Error(`KARYA_TRANSFER_EXPIRY_HOURS: expected a number of hours above 0 and at most 1440, got "${raw}"`)
  }
  return {
    bank_name: env.KARYA_BANK_NAME?.trim() || DEMO_BANK.bank_name,
    account_number: env.KARYA_BANK_ACCOUNT_NUMBER?.trim() || DEMO_BANK.account_number,
    account_holder: env.KARYA_BANK_ACCOUNT_HOLDER?.trim() || DEMO_BANK.account_holder,
    expiry_hours: expiry,
  }
}
