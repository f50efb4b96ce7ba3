import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { StaffTransfer } from "./types"

const transferKey = (orderId: string) => ["karya-payments", "transfer", orderId] as const

/** The order's payment; null when the order has no payment (nothing to show). */
export function useOrderTransfer(orderId: string) {
  return useQuery({
    queryKey: transferKey(orderId),
    queryFn: async () => {
      try {
        return (await sdk.client.fetch<{ transfer: StaffTransfer }>(`/admin/transfers/${orderId}`)).transfer
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null
        throw error
      }
    },
  })
}

export type ConfirmAnswer = { outcome: "captured" | "already_captured"; transfer: StaffTransfer }

export function useConfirmTransfer(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (amount_received: number) =>
      sdk.client.fetch<ConfirmAnswer>(`/admin/transfers/${orderId}/confirm`, { method: "POST", body: { amount_received } }),
    // a 409 (another amount: flagged) changes the flags too
    onSettled: () => client.invalidateQueries({ queryKey: transferKey(orderId) }),
  })
}
