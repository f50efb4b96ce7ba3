import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateProductDTO } from "@medusajs/framework/types"
import { setVariantStockStep } from "./steps/set-variant-stock"

export type UpdateFacilityProductInput = {
  product_id: string
  location_id: string
  update: UpdateProductDTO
  variants: { id: string; price?: number; stock?: number }[]
}

/** Edits a product's fields, its variants' IDR prices and their stock, as one change. */
export const updateFacilityProductWorkflow = createWorkflow(
  "update-facility-product",
  (input: UpdateFacilityProductInput) => {
    const productUpdate = transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: input.update,
    }))
    updateProductsWorkflow.runAsStep({ input: productUpdate })

    const prices = transform({ input }, ({ input }) =>
      input.variants
        .filter((v) => v.price !== undefined)
        .map((v) => ({ id: v.id, prices: [{ currency_code: "idr", amount: v.price! }] }))
    )
    when({ prices }, ({ prices }) => prices.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: prices } })
    })

    const stock = transform({ input }, ({ input }) => ({
      location_id: input.location_id,
      levels: input.variants
        .filter((v) => v.stock !== undefined)
        .map((v) => ({ variant_id: v.id, quantity: v.stock! })),
    }))
    setVariantStockStep(stock)
    return new WorkflowResponse({ id: input.product_id })
  }
)
