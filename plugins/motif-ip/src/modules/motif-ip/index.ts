import { Module } from "@medusajs/framework/utils"
import MotifIpModuleService from "./service"

export const MOTIF_IP_MODULE = "motif_ip"

export default Module(MOTIF_IP_MODULE, { service: MotifIpModuleService })
