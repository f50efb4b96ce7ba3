import { Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../modules/campaigns"

export const FACILITIES_MODULE = "facilities"

/** Link definitions, in the shape Medusa's link service and createRemoteLinkStep take. */
export const programFacility = (program_id: string, facility_id: string) => ({
  [CAMPAIGNS_MODULE]: { program_id },
  [FACILITIES_MODULE]: { facility_id },
})
export const expoProduct = (expo_id: string, product_id: string) => ({
  [CAMPAIGNS_MODULE]: { expo_id },
  [Modules.PRODUCT]: { product_id },
})
export const productChannel = (product_id: string, sales_channel_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [Modules.SALES_CHANNEL]: { sales_channel_id },
})
export const channelLocation = (sales_channel_id: string, stock_location_id: string) => ({
  [Modules.SALES_CHANNEL]: { sales_channel_id },
  [Modules.STOCK_LOCATION]: { stock_location_id },
})
export const keyChannel = (publishable_key_id: string, sales_channel_id: string) => ({
  [Modules.API_KEY]: { publishable_key_id },
  [Modules.SALES_CHANNEL]: { sales_channel_id },
})
