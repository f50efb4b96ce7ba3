import { Module } from "@medusajs/framework/utils"
import FacilitiesModuleService from "./service"

export const FACILITIES_MODULE = "facilities"

export default Module(FACILITIES_MODULE, { service: FacilitiesModuleService })
