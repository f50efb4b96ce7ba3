// "YYYY-MM", the ledger's month. Apart from month.ts: the router's search validation (in the main bundle) needs only this.
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonth = (value: unknown): value is string => typeof value === "string" && MONTH.test(value)
