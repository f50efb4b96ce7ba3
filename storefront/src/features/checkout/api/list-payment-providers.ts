// GET /store/payment-providers?region_id=… — the ids of the ways to pay in the region.
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((provider) => provider.id)
}

export const listPaymentProvidersQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ["payment-providers", regionId],
    queryFn: () => listPaymentProviders(regionId),
    staleTime: 10 * 60 * 1000,
  })

export const usePaymentProviders = (regionId: string | undefined) =>
  useQuery({ ...listPaymentProvidersQueryOptions(regionId ?? ""), enabled: Boolean(regionId) })
