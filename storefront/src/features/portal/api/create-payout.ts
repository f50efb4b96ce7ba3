import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { LedgerEntry, PayoutBody } from "./types"

export type PayoutResult = { payout: LedgerEntry; balance: number }

/** Managers only (403 for staff); 409 when the amount is above her balance. */
export const createPayout = (body: PayoutBody) =>
  portalFetch<PayoutResult>("/portal/facility/revenue/payouts", { method: "POST", body })

export function useCreatePayout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPayout,
    // Settled, not only on success: a 409 means the balance shown was out of date.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: portalKeys.revenue() })
    },
  })
}
