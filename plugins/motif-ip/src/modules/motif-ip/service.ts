import { MedusaService } from "@medusajs/framework/utils"
import { Motif } from "./models/motif"
import { MotifCreator } from "./models/motif-creator"

export default class MotifIpModuleService extends MedusaService({ Motif, MotifCreator }) {}
