import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MotifIpModule from "../modules/motif-ip"

// A product can use several motifs; a motif can be used by many products.
export default defineLink(
  { linkable: MotifIpModule.linkable.motif, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
