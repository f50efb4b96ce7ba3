// POST /store/orders/lookup — an order found by its email and number; null when there is none (one answer for
// every reason, as the route gives).
import { FetchError } from "@medusajs/js-sdk"
import { useMutation } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { LookupOrder } from "./types"

export type LookupOrderInput = { email: string; display_id: number }

export async function lookupOrder(input: LookupOrderInput): Promise<LookupOrder | null> {
  try {
    const { order } = await getSdk().client.fetch<{ order: LookupOrder }>("/store/orders/lookup", {
      method: "POST",
      body: input,
    })
    return order
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export const useLookupOrder = () => useMutation({ mutationFn: lookupOrder })
