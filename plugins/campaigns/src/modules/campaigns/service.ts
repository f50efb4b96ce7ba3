import { MedusaService } from "@medusajs/framework/utils"
import { CsrStaff } from "./models/csr-staff"
import { Expo } from "./models/expo"
import { ExpoOrder } from "./models/expo-order"
import { Program } from "./models/program"

class CampaignsModuleService extends MedusaService({ Program, Expo, CsrStaff, ExpoOrder }) {}

// MedusaService's types pluralise "Expo" as "Expoes"; at runtime the methods are named "…Expos" (measured on 2.21.2).
// Use these names; the "…Expoes" ones do not exist.
interface CampaignsModuleService {
  listExpos: CampaignsModuleService["listExpoes"]
  listAndCountExpos: CampaignsModuleService["listAndCountExpoes"]
  createExpos: CampaignsModuleService["createExpoes"]
  updateExpos: CampaignsModuleService["updateExpoes"]
  deleteExpos: CampaignsModuleService["deleteExpoes"]
}

export default CampaignsModuleService
