// Demo sales, placed the way a buyer places them in the store: a cart in the Indonesia region and the storefront's
// sales channel, a shipping option, a payment session with the bank transfer provider, completed into an order.
// Staff then confirm most transfers (the confirm-transfer workflow: the order's total arrived → captured), one
// payment is partly refunded, and one premi payout is recorded. Each order carries `metadata.karya_demo_sale`, so a second run places nothing again; the ledger workflows
// are idempotent and are run for every captured demo payment, whether or not a subscriber ran too. A sale whose buyer came
// through an expo's QR tag carries the expo's handle in the cart's `metadata.karya_expo`, and is attributed to the expo
// here: the seed may run without the order.placed subscriber that does it in the store.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  recordPaymentRefundsWorkflow,
  recordPaymentSplitWorkflow,
  recordPayoutWorkflow,
} from "@karya/plugin-revenue-split/workflows"
import { confirmTransferWorkflow } from "@karya/plugin-payments/workflows"
import { attributeOrder, EXPO_METADATA_KEY } from "@karya/plugin-campaigns/lib/attribution"
import { DEMO_SALE_METADATA_KEY, payout, sales, type SeedSale } from "./data/sales"
import { SHIPPING_OPTIONS } from "./data/shipping"
import type { SeedProgress } from "./progress"
import type { StoreFrame } from "./store"

const FACILITIES_MODULE = "facilities"
const REVENUE_SPLIT_MODULE = "revenue_split"
const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
const ROUND_HALF_UP = 4 // bignumber.js

type FacilitiesService = {
  listParticipants(filters: object, config?: object): Promise<{ id: string; registration_number: string; facility_id: string }[]>
}
type LedgerService = {
  listLedgerEntries(filters: object, config?: object): Promise<{ id: string }[]>
  balances(filter: { facility_id?: string; account_type?: string; account_id?: string }): Promise<{ balance: number }[]>
}

type DemoPayment = { id: string; captured_at: Date | string | null; canceled_at: Date | string | null; refunds?: { id: string }[] | null }
type DemoOrder = {
  id: string
  total: unknown
  metadata: Record<string, unknown> | null
  payment_collections?: { payments?: DemoPayment[] | null }[] | null
}

export interface SalesResult {
  ordersCreated: number
  paymentsCaptured: number
  refunds: number
  ledgerEntriesWritten: number
  payoutRecorded: boolean
}

/** Places the demo sales that are missing, brings their payments to the state the data describes, makes sure the
 * ledger holds their split, and records the demo payout once. */
export async function seedSales(container: MedusaContainer, frame: StoreFrame, progress: SeedProgress): Promise<SalesResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result: SalesResult = { ordersCreated: 0, paymentsCaptured: 0, refunds: 0, ledgerEntriesWritten: 0, payoutRecorded: false }

  const orders = await demoOrders(container)
  for (const [i, sale] of sales.entries()) {
    let order = orders.get(sale.key)
    if (!order) {
      await placeOrder(container, frame, sale)
      result.ordersCreated++
      order = (await demoOrders(container, [sale.buyer.email])).get(sale.key)
      if (!order) throw new Error(`Demo sale ${sale.key}: the order was placed but cannot be found by its metadata`)
    }
    // idempotent: a second run (or the subscriber, where it runs) finds the attribution already there. A demo order
    // placed by an older seed has no expo in its metadata: it stays unattributed, which only the dashboard shows.
    if (sale.expo && !(await attributeOrder(container, order.id))) {
      logger.warn(`Demo sale ${sale.key}: order ${order.id} carries no expo; not attributed to ${sale.expo}`)
    }

    const payment = order.payment_collections?.flatMap((pc) => pc.payments ?? []).find((p) => !p.canceled_at)
    // an awaiting transfer that was never paid expires (plugins/payments): its order is canceled, which is fine
    if (!payment && sale.payment !== "awaiting") throw new Error(`Demo sale ${sale.key}: order ${order.id} has no payment`)
    if (payment && sale.payment === "captured") {
      if (!payment.captured_at) {
        // as a manager confirms it: the order's total arrived on the account
        const { result: confirmed } = await confirmTransferWorkflow(container).run({
          input: { order_id: order.id, amount_received: wholeRupiah(order.total), confirmed_by: "karya-demo-seed" },
        })
        if (confirmed.outcome !== "captured") throw new Error(`Demo sale ${sale.key}: the transfer was not captured (${confirmed.outcome})`)
        result.paymentsCaptured++
      }
      // A subscriber may have done this already; the workflow writes each line once however often it runs.
      const { result: split } = await recordPaymentSplitWorkflow(container).run({ input: { payment_id: payment.id } })
      result.ledgerEntriesWritten += split.written
      if (sale.refund) {
        if (!payment.refunds?.length) {
          await refundPaymentWorkflow(container).run({
            input: { payment_id: payment.id, amount: sale.refund.amount, note: sale.refund.note },
          })
          result.refunds++
        }
        const { result: reversal } = await recordPaymentRefundsWorkflow(container).run({ input: { payment_id: payment.id } })
        result.ledgerEntriesWritten += reversal.written
      }
    }
    progress("Demo sales", i + 1, sales.length)
  }

  result.payoutRecorded = await seedPayout(container, logger)
  return result
}

const wholeRupiah = (value: unknown) => MathBN.convert(value as never).decimalPlaces(0, ROUND_HALF_UP).toNumber()

/** The demo orders already placed, by sale key (found through the demo buyers' emails). */
async function demoOrders(container: MedusaContainer, emails = sales.map((s) => s.buyer.email)): Promise<Map<string, DemoOrder>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.refunds.id",
    ],
    filters: { email: [...new Set(emails)] },
  })
  const byKey = new Map<string, DemoOrder>()
  for (const order of data as DemoOrder[]) {
    const key = order.metadata?.[DEMO_SALE_METADATA_KEY]
    if (typeof key === "string" && !byKey.has(key)) byKey.set(key, order)
  }
  return byKey
}

/** Cart → shipping method → payment collection and session (bank transfer) → order, as the storefront's checkout does. */
async function placeOrder(container: MedusaContainer, frame: StoreFrame, sale: SeedSale): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const variants = await productModule.listProductVariants(
    { sku: sale.items.map((i) => i.sku) },
    { select: ["id", "sku"], relations: ["product"] }
  )
  const items = sale.items.map((item) => {
    const variant = variants.find((v) => v.sku === item.sku)
    if (!variant || variant.product?.handle !== item.product) {
      throw new Error(`Demo sale ${sale.key}: no variant ${item.sku} of product ${item.product}`)
    }
    return { variant_id: variant.id, quantity: item.quantity }
  })

  const optionName = SHIPPING_OPTIONS.find((o) => o.code === sale.shipping)!.name
  const [shippingOption] = await fulfillmentModule.listShippingOptions({ name: optionName })
  if (!shippingOption) throw new Error(`Demo sale ${sale.key}: no shipping option "${optionName}"`)

  const { buyer } = sale
  const address = {
    first_name: buyer.first_name,
    last_name: buyer.last_name,
    phone: buyer.phone,
    address_1: buyer.address_1,
    city: buyer.city,
    province: buyer.province,
    postal_code: buyer.postal_code,
    country_code: "id",
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: frame.regionId,
      sales_channel_id: frame.salesChannelId,
      currency_code: "idr",
      email: buyer.email,
      shipping_address: address,
      billing_address: address,
      items,
      metadata: { [DEMO_SALE_METADATA_KEY]: sale.key, ...(sale.expo ? { [EXPO_METADATA_KEY]: sale.expo } : {}) },
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: shippingOption.id }] } })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: cart.id } })
  const paymentCollectionId = (carts[0] as { payment_collection?: { id: string } | null } | undefined)?.payment_collection?.id
  if (!paymentCollectionId) throw new Error(`Demo sale ${sale.key}: cart ${cart.id} has no payment collection`)
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: paymentCollectionId, provider_id: BANK_TRANSFER_PROVIDER },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return order.id
}

/** The demo payout, once: recognised by its participant and note. Skipped with a warning if her balance is short. */
async function seedPayout(container: MedusaContainer, logger: { warn(message: string): void }): Promise<boolean> {
  const facilities = container.resolve<FacilitiesService>(FACILITIES_MODULE)
  const ledger = container.resolve<LedgerService>(REVENUE_SPLIT_MODULE)
  const [participant] = await facilities.listParticipants({ registration_number: payout.participant })
  if (!participant) throw new Error(`Demo payout: no participant ${payout.participant}`)
  const existing = await ledger.listLedgerEntries({
    kind: "payout",
    account_type: "participant",
    account_id: participant.id,
    note: payout.note,
  })
  if (existing.length) return false
  const balance = (await ledger.balances({ account_type: "participant", account_id: participant.id, facility_id: participant.facility_id }))
    .reduce((sum, b) => sum + b.balance, 0)
  if (payout.amount > balance) {
    logger.warn(`Demo payout skipped: Rp ${payout.amount} is more than participant ${participant.id}'s balance of Rp ${balance}`)
    return false
  }
  await recordPayoutWorkflow(container).run({
    input: {
      facility_id: participant.facility_id,
      participant_id: participant.id,
      amount: payout.amount,
      method: payout.method,
      note: payout.note,
    },
  })
  return true
}
