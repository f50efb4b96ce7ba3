import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { bankTransferConfig, type BankTransferConfig } from "../../lib/bank-transfer-config"
import { newTransferReference } from "../../lib/reference"
import { rupiahOf } from "../../lib/rupiah"
import { isTransferData, type TransferData } from "../../lib/transfer"

type Options = Partial<Pick<BankTransferConfig, "bank_name" | "account_number" | "account_holder" | "expiry_hours">>

/**
 * Bank transfer, the store's default way to pay. A session carries the transfer instructions (bank, account, exact
 * amount, a unique reference, a deadline); placing the order authorizes it, nothing is taken; staff capture it when
 * the money is on the account (the confirm-transfer workflow), and the expiry job cancels it when it never comes.
 * Nothing here calls a bank: every method answers from the session's own data.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<Options> {
  static identifier = "bank-transfer"

  protected readonly settings: BankTransferConfig
  protected readonly logger?: Logger

  constructor(cradle: { logger?: Logger } & Record<string, unknown>, options: Options = {}) {
    super(cradle, options)
    this.logger = cradle.logger
    this.settings = { ...bankTransferConfig(), ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined && v !== "")) }
  }

  protected deadline(from = new Date()): string {
    return new Date(from.getTime() + this.settings.expiry_hours * 3600 * 1000).toISOString()
  }

  protected instructions(amount: unknown, currency: string, data?: Record<string, unknown>): TransferData {
    if (currency.toLowerCase() !== "idr") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `currency_code: bank transfer is available in IDR only, not ${currency.toUpperCase()}`)
    }
    const previous = isTransferData(data) ? data : null
    return {
      reference: previous?.reference ?? newTransferReference(),
      bank_name: this.settings.bank_name,
      account_number: this.settings.account_number,
      account_holder: this.settings.account_holder,
      amount: rupiahOf(amount as never),
      currency_code: "idr",
      expires_at: previous?.expires_at ?? this.deadline(),
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = this.instructions(input.amount, input.currency_code)
    return { id: data.reference, data, status: PaymentSessionStatus.PENDING }
  }

  /** The cart's total changed: same reference, the new amount. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: this.instructions(input.amount, input.currency_code, input.data) }
  }

  /** Placing the order: the buyer now has `expiry_hours` from this moment to transfer. Nothing is captured. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (!isTransferData(input.data)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The bank transfer session has no reference: create the payment session again")
    }
    const now = new Date()
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: { ...input.data, authorized_at: now.toISOString(), expires_at: this.deadline(now) },
    }
  }

  /** Staff confirmed the money arrived (the confirm-transfer workflow checked the amount). */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}) } }
  }

  /** Staff send the money back by a transfer of their own; the payment module records the refund. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...(input.data ?? {}) } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...(input.data ?? {}) } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: { ...(input.data ?? {}) } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data as Partial<TransferData> | undefined
    return { status: data?.authorized_at ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.PENDING, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: { ...(input.data ?? {}) } }
  }

  /** Banks do not call us: transfers are confirmed by staff. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
