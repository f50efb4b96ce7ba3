import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KARYA_PAYMENTS_MODULE } from "../../modules/karya-payments"
import type KaryaPaymentsModuleService from "../../modules/karya-payments/service"

/** The payment was captured after all: its open flags are resolved with why. */
export const resolvePaymentFlagsStep = createStep(
  "karya-resolve-payment-flags",
  async (input: { payment_id: string; resolved_by: string; resolution: string }, { container }) => {
    const service: KaryaPaymentsModuleService = container.resolve(KARYA_PAYMENTS_MODULE)
    return new StepResponse(await service.resolveFlags(input.payment_id, { resolved_by: input.resolved_by, resolution: input.resolution }))
  }
)
