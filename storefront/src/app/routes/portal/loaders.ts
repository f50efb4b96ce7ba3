// The portal's guards and loaders, imported lazily by the router so the buyer's bundle carries none of them.
import "../../../features/portal/i18n"
import type { QueryClient } from "@tanstack/react-query"
import { redirect } from "@tanstack/react-router"
import { getDashboardQueryOptions } from "../../../features/portal/api/get-dashboard"
import { getMeQueryOptions } from "../../../features/portal/api/get-me"
import { getPortalOrderQueryOptions } from "../../../features/portal/api/get-order"
import { getOrderTransferQueryOptions } from "../../../features/portal/api/get-order-transfer"
import { getPortalOrdersQueryOptions } from "../../../features/portal/api/get-orders"
import { getParticipantQueryOptions } from "../../../features/portal/api/get-participant"
import {
  getActiveMakersQueryOptions,
  getParticipantsQueryOptions,
} from "../../../features/portal/api/get-participants"
import { getPortalMotifQueryOptions } from "../../../features/portal/api/get-motif"
import { getPortalMotifsQueryOptions } from "../../../features/portal/api/get-motifs"
import { getPortalProductMotifsQueryOptions } from "../../../features/portal/api/get-product-motifs"
import { getPortalProductQueryOptions } from "../../../features/portal/api/get-product"
import { getPortalProductsQueryOptions } from "../../../features/portal/api/get-products"
import { getMonthSummaryQueryOptions } from "../../../features/portal/api/get-month-summary"
import { getRevenueQueryOptions } from "../../../features/portal/api/get-revenue"
import { getRevenueEntriesQueryOptions } from "../../../features/portal/api/get-revenue-entries"
import { getRevenueTemplateQueryOptions } from "../../../features/portal/api/get-revenue-template"
import { clearStaffToken, getStaffToken } from "../../../features/portal/api/staff-token"
import { currentMonth } from "../../../features/portal/utils/month"
import { isUnauthorized } from "../../../features/staff/api/staff-fetch"
import type {
  OrdersSearch,
  ParticipantsSearch,
  ProductsSearch,
  RevenueEntriesSearch,
  RevenueMonthSearch,
} from "./search"

const toSignIn = (href: string, expired?: boolean) =>
  redirect({ to: "/portal/masuk", search: { redirect: href, expired } })

/** beforeLoad of every signed-in page. */
export function requireStaffToken(href: string): void {
  if (!getStaffToken()) throw toSignIn(href)
}

/** beforeLoad of the sign-in page: a signed-in member goes straight on. */
export function skipSignInWhenSignedIn(target: string | undefined): void {
  if (getStaffToken()) throw redirect({ to: target ?? "/portal" })
}

/** The staff layout needs who is signed in; a rejected token means the session is over. */
export async function loadStaff(queryClient: QueryClient, href: string): Promise<void> {
  try {
    await queryClient.ensureQueryData(getMeQueryOptions())
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    clearStaffToken()
    throw toSignIn(href, true)
  }
}

export async function loadDashboard(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getDashboardQueryOptions())
}

export async function loadProducts(queryClient: QueryClient, search: ProductsSearch): Promise<void> {
  await queryClient.ensureQueryData(
    getPortalProductsQueryOptions({ q: search.q, status: search.status, page: search.page ?? 1 })
  )
}

export async function loadNewProduct(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getActiveMakersQueryOptions())
}

export async function loadProduct(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.ensureQueryData(getPortalProductQueryOptions(id)),
    queryClient.ensureQueryData(getActiveMakersQueryOptions()),
    queryClient.ensureQueryData(getPortalMotifsQueryOptions()),
    queryClient.ensureQueryData(getPortalProductMotifsQueryOptions(id)),
  ])
}

export async function loadParticipants(queryClient: QueryClient, search: ParticipantsSearch): Promise<void> {
  await queryClient.ensureQueryData(
    getParticipantsQueryOptions({ q: search.q, status: search.status, page: search.page ?? 1 })
  )
}

export async function loadParticipant(queryClient: QueryClient, id: string): Promise<void> {
  await queryClient.ensureQueryData(getParticipantQueryOptions(id))
}

export async function loadOrders(queryClient: QueryClient, search: OrdersSearch): Promise<void> {
  await queryClient.ensureQueryData(getPortalOrdersQueryOptions({ page: search.page ?? 1 }))
}

export async function loadOrder(queryClient: QueryClient, id: string): Promise<void> {
  // the payment panel's data alongside; prefetch never throws: the order page works without it
  await Promise.all([
    queryClient.ensureQueryData(getPortalOrderQueryOptions(id)),
    queryClient.prefetchQuery(getOrderTransferQueryOptions(id)),
  ])
}

export async function loadMotifs(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getPortalMotifsQueryOptions())
}

export async function loadNewMotif(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getActiveMakersQueryOptions())
}

export async function loadMotif(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.ensureQueryData(getPortalMotifQueryOptions(id)),
    queryClient.ensureQueryData(getActiveMakersQueryOptions()),
  ])
}

export async function loadRevenue(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getRevenueQueryOptions())
}

export async function loadRevenueParticipant(
  queryClient: QueryClient,
  participantId: string,
  search: RevenueEntriesSearch
): Promise<void> {
  await Promise.all([
    queryClient.ensureQueryData(getRevenueQueryOptions()),
    queryClient.ensureQueryData(getParticipantQueryOptions(participantId)),
    queryClient.ensureQueryData(
      getRevenueEntriesQueryOptions({ participant_id: participantId, page: search.page ?? 1 })
    ),
  ])
}

export async function loadRevenueMonth(queryClient: QueryClient, search: RevenueMonthSearch): Promise<void> {
  await queryClient.ensureQueryData(getMonthSummaryQueryOptions(search.month ?? currentMonth()))
}

export async function loadRevenueTemplate(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData(getRevenueTemplateQueryOptions())
}
