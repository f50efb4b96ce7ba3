export * from "./ledger"
export * from "./payment-split"
