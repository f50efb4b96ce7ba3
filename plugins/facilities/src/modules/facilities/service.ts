import { MedusaService } from "@medusajs/framework/utils"
import { Facility } from "./models/facility"
import { FacilityStaff } from "./models/facility-staff"
import { MakerCredit } from "./models/maker-credit"
import { Participant } from "./models/participant"
import { ParticipantAccess } from "./models/participant-access"

export default class FacilitiesModuleService extends MedusaService({
  Facility,
  Participant,
  MakerCredit,
  FacilityStaff,
  ParticipantAccess,
}) {}
