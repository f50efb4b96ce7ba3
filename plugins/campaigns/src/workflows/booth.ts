import type { CreateOrderDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  convertDraftOrderWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  markPaymentCollectionAsPaid,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { attributeBoothOrderStep } from "./steps/booth-attribute-order"
import { findBoothOrderStep } from "./steps/booth-find-order"
import { handOverBoothOrderStep } from "./steps/booth-hand-over"
import { prepareBoothSaleStep, type BoothSaleInput } from "./steps/booth-prepare-sale"

type CreateOrderWorkflowInput = CreateOrderDTO & { additional_data?: Record<string, unknown> }

export type PlaceBoothOrderInput = BoothSaleInput
export type PlaceBoothOrderResult = { order_id: string; replayed: boolean }

/**
 * A sale at an expo's booth, placed the way Medusa Admin places an order taken in person, so stock, payment and the
 * makers' ledger follow as for any sale:
 *
 * checks (featured variants, stock at the expo's location; a 400 before anything is written) → a draft order in the
 * expo's sales channel without shipping → its conversion (the stock reserved at the expo's location, the order
 * pending, order.placed) → its payment collection → the attribution (source booth, payment method, officer) → the
 * payment marked as paid with Medusa's system provider (cash or QRIS taken at the booth; payment.captured, which the
 * revenue-split plugin's subscriber splits into the ledger) → the hand-over (a pickup fulfilment per facility: the
 * stock leaves the location). A failure before the payment undoes everything written.
 *
 * Why not a cart: completing a cart requires its payment provider to be enabled in the cart's region, and enabling the
 * system provider in the store's region would let any buyer complete a cart without paying.
 *
 * With an `idempotency_key`, the key is locked while the sale runs, and a request with a key already used at this expo
 * (in the last 24 hours) gets the first order back (`replayed`) instead of a second sale.
 */
export const placeBoothOrderWorkflow = createWorkflow("place-booth-order", (input: PlaceBoothOrderInput) => {
  const lockKey = transform({ input }, ({ input }) =>
    input.idempotency_key ? `karya-booth:${input.expo_id}:${input.idempotency_key}` : undefined
  )
  acquireLockStep({ key: lockKey as unknown as string, timeout: 30, ttl: 120 })
  const existing = findBoothOrderStep({ expo_id: input.expo_id, idempotency_key: input.idempotency_key })

  const placed = when("booth-order-is-new", { existing }, ({ existing }) => !existing).then(() => {
    const sale = prepareBoothSaleStep(input)
    const draft = createOrderWorkflow.runAsStep({
      // line items without title and unit price: the workflow takes them from the variant and its price in the region
      input: transform({ sale }, ({ sale }) => sale.order as unknown as CreateOrderWorkflowInput),
    })
    const order = convertDraftOrderWorkflow.runAsStep({ input: transform({ draft }, ({ draft }) => ({ id: draft.id })) })

    const { data: totals } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "total"],
      filters: { id: order.id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "booth-order-total" })
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ totals }, ({ totals }) => ({ order_id: totals.id as string, amount: totals.total as number })),
    })

    attributeBoothOrderStep(
      transform({ order, input }, ({ order, input }) => ({
        order_id: order.id,
        payment_method: input.payment_method,
        recorded_by: input.recorded_by,
      }))
    )
    markPaymentCollectionAsPaid.runAsStep({
      input: transform({ order, collections, input }, ({ order, collections, input }) => ({
        order_id: order.id,
        payment_collection_id: collections[0]!.id,
        captured_by: input.recorded_by,
      })),
    })

    handOverBoothOrderStep(
      transform({ order, input }, ({ order, input }) => ({ order_id: order.id, recorded_by: input.recorded_by, expo_id: input.expo_id }))
    )
    return order
  })

  releaseLockStep({ key: lockKey as unknown as string })
  const result = transform({ existing, placed }, ({ existing, placed }): PlaceBoothOrderResult => ({
    order_id: existing ?? placed!.id,
    replayed: Boolean(existing),
  }))
  return new WorkflowResponse(result)
})
