// GET /store/orders/:id/payment — the order's payment status and, for a bank transfer, where and how to pay.
import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { OrderPayment } from "./types"

/** The payment, or null when the store has none to show (no such route yet, or no payment on the order). */
export async function getOrderPayment(orderId: string): Promise<OrderPayment | null> {
  try {
    const { payment } = await getSdk().client.fetch<{ payment: OrderPayment | null }>(
      `/store/orders/${encodeURIComponent(orderId)}/payment`
    )
    return payment ?? null
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export const getOrderPaymentQueryOptions = (orderId: string) =>
  queryOptions({
    queryKey: ["order", orderId, "payment"],
    queryFn: () => getOrderPayment(orderId),
    // Staff confirm transfers while the page may be open: read it again when the buyer comes back to the tab.
    staleTime: 30 * 1000,
  })

export const useOrderPayment = (orderId: string) => useQuery(getOrderPaymentQueryOptions(orderId))
