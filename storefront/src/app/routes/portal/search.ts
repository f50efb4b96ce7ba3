// Search params of the portal's routes. Kept out of the lazy chunks: the router validates them before loading.
import { isMonth } from "../../../features/portal/utils/is-month"

export type SignInSearch = { redirect?: string; expired?: boolean }
export type ProductsSearch = { q?: string; status?: "draft" | "published"; page?: number }
export type ParticipantsSearch = { q?: string; status?: "active" | "released" | "transferred"; page?: number }
export type OrdersSearch = { page?: number }

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined)

function page(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : Number(value)
  return Number.isInteger(n) && n > 1 ? n : undefined
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return (list as readonly unknown[]).includes(value) ? (value as T) : undefined
}

export const validateSignInSearch = (search: Record<string, unknown>): SignInSearch => {
  const redirect = text(search.redirect)
  return {
    // Only back into the portal: never an open redirect to another site.
    redirect: redirect && /^\/portal(\/|$|\?)/.test(redirect) ? redirect : undefined,
    expired: search.expired === true || search.expired === "true" ? true : undefined,
  }
}

export const validateProductsSearch = (search: Record<string, unknown>): ProductsSearch => ({
  q: text(search.q),
  status: oneOf(["draft", "published"] as const, search.status),
  page: page(search.page),
})

export const validateParticipantsSearch = (search: Record<string, unknown>): ParticipantsSearch => ({
  q: text(search.q),
  status: oneOf(["active", "released", "transferred"] as const, search.status),
  page: page(search.page),
})

export const validateOrdersSearch = (search: Record<string, unknown>): OrdersSearch => ({
  page: page(search.page),
})

export type RevenueEntriesSearch = { page?: number }
export type RevenueMonthSearch = { month?: string }

export const validateRevenueEntriesSearch = (search: Record<string, unknown>): RevenueEntriesSearch => ({
  page: page(search.page),
})

export const validateRevenueMonthSearch = (search: Record<string, unknown>): RevenueMonthSearch => ({
  month: isMonth(search.month) ? search.month : undefined,
})
