import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createApiKeysWorkflow, createRemoteLinkStep, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { channelLocation, keyChannel } from "../lib/links"
import {
  createExpoStep,
  loadChannelDefaultsStep,
  setExpoProductsStep,
  updateExpoStep,
  type ExpoFields,
  type SetExpoProductsInput,
} from "./steps/expo-steps"
import { syncExpoPromotionStep } from "./steps/expo-promotion-steps"

export type CreateExpoInput = ExpoFields & { product_ids?: string[] }

/** An expo with its own sales channel: the channel (named after the expo), the expo record, the channel's stock
 * location (that of the store's default channel), a publishable key of its own that reaches only this channel, its
 * promotion when it has a promo code, and the featured products, which are added to the channel. Any failure removes what was created, the sales channel and
 * key included.
 *
 * Why a key of its own: Medusa computes `variants.inventory_quantity` on /store/products only when the publishable
 * key has a single sales channel (or the request names one). Linking the storefront's key to every expo channel would
 * make the storefront's stock requests fail with 400; the expo's key sells in the expo's channel alone. */
export const createExpoWorkflow = createWorkflow("create-expo", (input: CreateExpoInput) => {
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      salesChannelsData: [
        {
          name: input.name,
          description: `Expo ${input.name}, ${input.venue}, ${input.city}`,
          metadata: { karya_expo_handle: input.handle },
        },
      ],
    })),
  })
  const expo = createExpoStep(
    transform({ input, channels }, ({ input, channels }) => {
      const { product_ids: _p, ...fields } = input
      return { ...fields, sales_channel_id: channels[0]!.id }
    })
  )
  const defaults = loadChannelDefaultsStep()
  const keys = createApiKeysWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      api_keys: [{ title: `Expo ${input.name} (${input.handle})`, type: "publishable" as const, created_by: "" }],
    })),
  })
  createRemoteLinkStep(
    transform({ channels, defaults, keys }, ({ channels, defaults, keys }) => {
      const channel = channels[0]!.id
      return [...defaults.stock_location_ids.map((id) => channelLocation(channel, id)), keyChannel(keys[0]!.id, channel)]
    })
  )
  syncExpoPromotionStep(transform({ expo }, ({ expo }) => ({ expo_id: expo.id })))
  when("expo-products-given", { input }, ({ input }) => (input.product_ids?.length ?? 0) > 0).then(() => {
    setExpoProductsStep(
      transform({ input, expo }, ({ input, expo }) => ({
        expo_id: expo.id,
        sales_channel_id: expo.sales_channel_id,
        product_ids: input.product_ids ?? [],
      }))
    )
  })
  return new WorkflowResponse(expo)
})

/** Updates an expo's fields, and its promotion when the code, percentage or dates change. */
export const updateExpoWorkflow = createWorkflow(
  "update-expo",
  (input: Partial<Omit<ExpoFields, "program_id">> & { id: string }) => {
    const expo = updateExpoStep(input)
    syncExpoPromotionStep(transform({ input }, ({ input }) => ({ expo_id: input.id })))
    return new WorkflowResponse(expo)
  }
)

/** Sets an expo's featured products (and its sales channel's products). */
export const setExpoProductsWorkflow = createWorkflow("set-expo-products", (input: SetExpoProductsInput) =>
  new WorkflowResponse(setExpoProductsStep(input))
)
