import { queryOptions, useQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"

export type TransferStatus = "awaiting" | "paid" | "expired" | "flagged" | "refunded"

/** A payment flag for staff: e.g. a transfer confirmed with another amount than the order's total. */
export type PortalTransferFlag = {
  id: string
  reason: "amount_mismatch" | "unknown_payment" | "other"
  expected_amount: number | null
  received_amount: number | null
  created_at: string
  resolved_at: string | null
}

/** The order's payment as the facility sees it (plugins/payments: GET /portal/facility/orders/:id/transfer). */
export type PortalTransfer = {
  order_id: string
  display_id: number
  provider_id: string
  status: TransferStatus
  /** the payment's amount (what was paid, once captured) */
  amount: number
  /** the order's total: what the transfer must bring */
  amount_due: number
  reference: string | null
  bank_name: string | null
  account_number: string | null
  expires_at: string | null
  captured_at: string | null
  flags: PortalTransferFlag[]
  can_confirm: boolean
  cannot_confirm: "not_bank_transfer" | "not_awaiting" | "other_facilities" | "not_manager" | null
}

export async function getOrderTransfer(id: string): Promise<PortalTransfer> {
  const { transfer } = await portalFetch<{ transfer: PortalTransfer }>(
    `/portal/facility/orders/${encodeURIComponent(id)}/transfer`
  )
  return transfer
}

export const getOrderTransferQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...portalKeys.orders(), "transfer", id] as const,
    queryFn: () => getOrderTransfer(id),
    staleTime: 0,
  })

/** Not a suspense query: the order page works without it (an order with no payment answers 404). The route's loader
 * prefetches it alongside the order. */
export const useOrderTransfer = (id: string) => useQuery(getOrderTransferQueryOptions(id))
