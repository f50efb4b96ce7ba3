import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BankTransferProviderService from "./service"

// In medusa-config: { resolve: "@karya/plugin-payments/providers/bank-transfer", id: "bank-transfer" } under the
// payment module → provider id `pp_bank-transfer_bank-transfer`.
export default ModuleProvider(Modules.PAYMENT, { services: [BankTransferProviderService] })
