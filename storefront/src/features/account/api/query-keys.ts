// Every account query starts with ["account"]: signing out drops them all at once.
export const accountKeys = {
  all: ["account"] as const,
  customer: () => [...accountKeys.all, "customer"] as const,
  orders: () => [...accountKeys.all, "orders"] as const,
  orderList: (page: number) => [...accountKeys.orders(), "list", page] as const,
  order: (id: string) => [...accountKeys.orders(), "detail", id] as const,
}
