import { Module } from "@medusajs/framework/utils"
import KaryaPaymentsModuleService from "./service"

/** Container key of the module: `container.resolve(KARYA_PAYMENTS_MODULE)`. */
export const KARYA_PAYMENTS_MODULE = "karya_payments"

export default Module(KARYA_PAYMENTS_MODULE, { service: KaryaPaymentsModuleService })
