import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalOrderQueryOptions } from "./get-order"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { FulfillmentKind, PortalOrder } from "./types"

export type FulfillmentInput = { kind: FulfillmentKind; tracking_number?: string }

/** Marks the facility's items ready for pickup, or shipped (a tracking number is required then). */
export async function createFulfillment(
  id: string,
  input: FulfillmentInput
): Promise<PortalOrder> {
  const { order } = await portalFetch<{ order: PortalOrder }>(
    `/portal/facility/orders/${encodeURIComponent(id)}/fulfillments`,
    { method: "POST", body: input }
  )
  return order
}

export function useCreateFulfillment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: FulfillmentInput) => createFulfillment(id, input),
    onSuccess: async (order) => {
      queryClient.setQueryData(getPortalOrderQueryOptions(id).queryKey, order)
      await queryClient.invalidateQueries({
        queryKey: [...portalKeys.orders(), "list"],
      })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
    },
  })
}
