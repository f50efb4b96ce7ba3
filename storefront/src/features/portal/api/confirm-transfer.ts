import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { PortalTransfer } from "./get-order-transfer"
import { getOrderTransferQueryOptions } from "./get-order-transfer"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"

export type ConfirmTransferAnswer = { outcome: "captured" | "already_captured"; transfer: PortalTransfer }

/** A manager confirms the bank transfer arrived. The order's exact total → captured (the makers' split follows);
 * another amount → 409 and the payment is flagged for staff, not captured. */
export async function confirmTransfer(id: string, amountReceived: number): Promise<ConfirmTransferAnswer> {
  return portalFetch<ConfirmTransferAnswer>(`/portal/facility/orders/${encodeURIComponent(id)}/confirm-transfer`, {
    method: "POST",
    body: { amount_received: amountReceived },
  })
}

export function useConfirmTransfer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (amountReceived: number) => confirmTransfer(id, amountReceived),
    onSuccess: (answer) => {
      queryClient.setQueryData(getOrderTransferQueryOptions(id).queryKey, answer.transfer)
    },
    // paid or flagged: the order, its list, the dashboard and the ledger all change
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: portalKeys.orders() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.revenue() })
    },
  })
}
