// DELETE /store/customers/me/addresses/:id
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { accountKeys } from "./query-keys"

export async function deleteAddress(id: string): Promise<void> {
  await getSdk().store.customer.deleteAddress(id)
}

export function useDeleteAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.customer() }),
  })
}
