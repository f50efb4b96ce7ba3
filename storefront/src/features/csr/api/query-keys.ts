// Every CSR query lives under "csr", so signing out drops them all at once.
export const csrKeys = {
  all: ["csr"] as const,
  me: () => ["csr", "me"] as const,
  programs: () => ["csr", "programs"] as const,
  /** the products of a program's facilities (store routes), to pick an expo's featured products from */
  programProducts: (programId: string) => ["csr", "program-products", programId] as const,
  /** a program's impact report (the ledger's figures); sales at its expos change it */
  programReport: (programId: string) => ["csr", "program-report", programId] as const,
  expos: () => ["csr", "expos"] as const,
  expo: (id: string) => ["csr", "expos", id] as const,
  /** what a booth sells, its sales and its dashboard: a sale refreshes them all */
  expoSales: (id: string) => ["csr", "expo-sales", id] as const,
}
