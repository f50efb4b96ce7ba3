import { MedusaError } from "@medusajs/framework/utils"
import type MotifIpModuleService from "../../modules/motif-ip/service"

/** A DJKI number belongs to one motif: a second use is a conflict (the database's unique index backs this up). */
export async function assertNumbersFree(
  service: MotifIpModuleService,
  m: { application_number?: string | null; registration_number?: string | null },
  exceptId?: string
) {
  for (const field of ["registration_number", "application_number"] as const) {
    const value = m[field]
    if (!value) continue
    const [taken] = await service.listMotifs({ [field]: value }, { select: ["id"] })
    if (taken && taken.id !== exceptId) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${field}: ${value} is already recorded for motif ${taken.id}`)
    }
  }
}
