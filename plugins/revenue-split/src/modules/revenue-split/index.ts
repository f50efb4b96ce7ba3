import { Module } from "@medusajs/framework/utils"
import RevenueSplitModuleService from "./service"

export const REVENUE_SPLIT_MODULE = "revenue_split"

export default Module(REVENUE_SPLIT_MODULE, { service: RevenueSplitModuleService })
