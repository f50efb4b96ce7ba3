import { defineLink } from "@medusajs/framework/utils"
import FacilitiesModule from "@karya/plugin-facilities/modules/facilities"
import CampaignsModule from "../modules/campaigns"

// The facilities a program trains in; a facility can be in several programs (LPP Palembang has two).
export default defineLink(
  { linkable: CampaignsModule.linkable.program, isList: true },
  { linkable: FacilitiesModule.linkable.facility, isList: true }
)
