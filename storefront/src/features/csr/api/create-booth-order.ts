import { useMutation, useQueryClient } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { BoothOrder, BoothOrderBody } from "./types"

/**
 * Places a booth sale in the expo's sales channel, paid in cash or QRIS. The basket's idempotency key makes a double
 * tap or a retry after a lost answer return the same order instead of selling twice.
 */
export async function createBoothOrder(expoId: string, body: BoothOrderBody): Promise<BoothOrder> {
  const { order } = await csrFetch<{ order: BoothOrder }>(`/portal/csr/expos/${encodeURIComponent(expoId)}/orders`, {
    method: "POST",
    body,
  })
  return order
}

export function useCreateBoothOrder(expoId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BoothOrderBody) => createBoothOrder(expoId, body),
    // stock, the sales list and the dashboard all moved; the program's report too
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: csrKeys.expoSales(expoId) })
      await queryClient.invalidateQueries({ queryKey: ["csr", "program-report"] })
    },
  })
}
