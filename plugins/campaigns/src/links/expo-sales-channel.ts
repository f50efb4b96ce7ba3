import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import CampaignsModule from "../modules/campaigns"

// An expo's own sales channel, by the expo's `sales_channel_id` column (read-only link: no link table).
export default defineLink(
  { linkable: CampaignsModule.linkable.expo, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
