// The public facility and maker records, as plugins/facilities/README.md defines them: never a legal name or an
// inmate number, and a maker only as she consented to be shown.
import type { Localized, StoreFacility } from "../../../types/api"

export type { Localized, StoreFacility }

/** `label` is her chosen display name while she consents, otherwise "Pembuat, <facility short name>". */
export type PublicMaker = {
  id: string
  label: string
  skills: string[]
  /** only with her consent to share it */
  story: Localized | null
  facility_handle: string
}

export type FacilityDetail = StoreFacility & {
  makers: PublicMaker[]
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
}
