import { defineLink } from "@medusajs/framework/utils"
import FacilitiesModule from "@karya/plugin-facilities/modules/facilities"
import MotifIpModule from "../modules/motif-ip"

// The facility a motif comes from; a facility has many motifs.
export default defineLink(FacilitiesModule.linkable.facility, { linkable: MotifIpModule.linkable.motif, isList: true })
