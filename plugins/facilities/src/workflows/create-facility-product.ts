import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { FACILITIES_MODULE } from "../modules/facilities"
import { replaceMakerCreditsStep, type MakerShare } from "./steps/replace-maker-credits"
import { setVariantStockStep } from "./steps/set-variant-stock"

export type CreateFacilityProductInput = {
  facility_id: string
  location_id: string
  product: CreateProductWorkflowInputDTO
  /** stock per variant, in the order of product.variants */
  stock: number[]
  makers: MakerShare[]
}

/** A product of one facility: Medusa's product (with inventory), its link to the facility, its stock and makers.
 * Any failure undoes all of it. */
export const createFacilityProductWorkflow = createWorkflow(
  "create-facility-product",
  (input: CreateFacilityProductInput) => {
    const productsInput = transform({ input }, ({ input }) => ({ products: [input.product] }))
    const products = createProductsWorkflow.runAsStep({ input: productsInput })
    const product = transform({ products }, ({ products }) => products[0]!)

    const links = transform({ input, product }, ({ input, product }) => [
      { [FACILITIES_MODULE]: { facility_id: input.facility_id }, [Modules.PRODUCT]: { product_id: product.id } },
    ])
    createRemoteLinkStep(links)

    const stock = transform({ input, product }, ({ input, product }) => {
      const variants = product.variants ?? []
      const titles = (input.product.variants ?? []).map((v) => v.title)
      return {
        location_id: input.location_id,
        levels: titles.map((title, i) => ({
          variant_id: variants.find((v) => v.title === title)!.id,
          quantity: input.stock[i] ?? 0,
        })),
      }
    })
    setVariantStockStep(stock)

    const credits = transform({ input, product }, ({ input, product }) => ({
      product_id: product.id,
      facility_id: input.facility_id,
      makers: input.makers,
    }))
    replaceMakerCreditsStep(credits)
    return new WorkflowResponse(product)
  }
)
