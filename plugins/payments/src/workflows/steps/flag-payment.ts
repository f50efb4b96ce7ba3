import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KARYA_PAYMENTS_MODULE } from "../../modules/karya-payments"
import type KaryaPaymentsModuleService from "../../modules/karya-payments/service"
import type { FlagPaymentInput, PaymentFlagDTO } from "../../modules/karya-payments/service"

/** Flags a payment for staff (once per payment, reason and received amount while open). Its compensation removes the
 * flag only if this step created it. */
export const flagPaymentStep = createStep(
  "karya-flag-payment",
  async (input: FlagPaymentInput, { container }) => {
    const service: KaryaPaymentsModuleService = container.resolve(KARYA_PAYMENTS_MODULE)
    const before = new Set((await service.listOpenFlags({ payment_id: input.payment_id })).map((f) => f.id))
    const flag = await service.flagPayment(input)
    return new StepResponse<PaymentFlagDTO, string | null>(flag, before.has(flag.id) ? null : flag.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const service: KaryaPaymentsModuleService = container.resolve(KARYA_PAYMENTS_MODULE)
    await service.deletePaymentFlags(createdId)
  }
)
