import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FacilitiesModule from "../modules/facilities"

// Every product belongs to exactly one facility; a facility has many products.
export default defineLink(
  { linkable: FacilitiesModule.linkable.facility, isList: false },
  { linkable: ProductModule.linkable.product, isList: true }
)
