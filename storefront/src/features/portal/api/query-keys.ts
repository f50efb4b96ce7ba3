// Every portal query lives under "portal", so signing out drops them all at once.
export const portalKeys = {
  all: ["portal"] as const,
  me: () => ["portal", "me"] as const,
  dashboard: () => ["portal", "dashboard"] as const,
  products: () => ["portal", "products"] as const,
  participants: () => ["portal", "participants"] as const,
  orders: () => ["portal", "orders"] as const,
  motifs: () => ["portal", "motifs"] as const,
  /** the ledger: balances, entries, templates, month summaries; a payout or a new template refreshes them all */
  revenue: () => ["portal", "revenue"] as const,
}
