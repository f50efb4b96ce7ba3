import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CampaignsModule from "../modules/campaigns"

// The products an expo features (shown at the booth, on its tag sheet and catalogue); a product can be at many expos.
export default defineLink(
  { linkable: CampaignsModule.linkable.expo, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
