// Demo booth sales at SMEXPO 2026: the demo CSR officer sells the expo's featured goods at its booth, for cash or QRIS,
// through the campaigns plugin's booth workflow (an order in the expo's sales channel, stock taken from its location,
// the payment captured, the sale attributed to the expo). Each order carries `metadata.karya_demo_sale`, so a second
// run places nothing again. The seed runs without subscribers: the ledger split and the attribution are run here for
// every demo booth order (both write once however often they run).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attributeOrder } from "@karya/plugin-campaigns/lib/attribution"
import { placeBoothOrderWorkflow } from "@karya/plugin-campaigns/workflows"
import { recordPaymentSplitWorkflow } from "@karya/plugin-revenue-split/workflows"
import { expos } from "./data/campaigns"
import { DEMO_SALE_METADATA_KEY } from "./data/sales"
import { DEMO_CSR } from "./demo-logins"
import { silentProgress, type SeedProgress } from "./progress"

const CAMPAIGNS_MODULE = "campaigns"

export interface SeedBoothSale {
  /** stored on the order as `metadata.karya_demo_sale` */
  key: string
  items: { sku: string; quantity: number }[]
  payment_method: "cash" | "qris"
  /** the QRIS transaction reference the officer saw on the payment */
  payment_reference?: string
  /** a fictional visitor who asked for the receipt by email */
  email?: string
}

/** Sold at SMEXPO 2026 from its five featured products (all of LPP Palembang). */
export const boothSales: SeedBoothSale[] = [
  {
    key: "smexpo-booth-1",
    items: [
      { sku: "KL-PLG-MR-TEMPE-ORI", quantity: 3 },
      { sku: "KL-PLG-KR-ROTI-CKL", quantity: 1 },
    ],
    payment_method: "cash",
  },
  {
    key: "smexpo-booth-2",
    items: [{ sku: "KL-PLG-SG-LIMAR-SLD", quantity: 1 }],
    payment_method: "qris",
    payment_reference: "QRIS-261204-0193",
    email: "rina.pengunjung@example.com",
  },
  {
    key: "smexpo-booth-3",
    items: [
      { sku: "KL-PLG-KR-BOLUKOJO", quantity: 2 },
      { sku: "KL-PLG-MR-TEMPE-BLD", quantity: 2 },
    ],
    payment_method: "cash",
  },
  {
    key: "smexpo-booth-4",
    items: [
      { sku: "KL-PLG-MR-TEMPE-PDS", quantity: 5 },
      { sku: "KL-PLG-KR-ROTI-KJU", quantity: 2 },
    ],
    payment_method: "qris",
    payment_reference: "QRIS-261205-0871",
  },
]

export interface BoothSalesResult {
  ordersCreated: number
  ledgerEntriesWritten: number
}

type CampaignsService = {
  listExpos(filters: object, config?: object): Promise<{ id: string; handle: string }[]>
  listCsrStaffs(filters: object, config?: object): Promise<{ id: string; email: string }[]>
  listExpoOrders(filters: object, config?: object): Promise<{ order_id: string }[]>
}
type BoothOrder = {
  id: string
  metadata: Record<string, unknown> | null
  payment_collections?: ({ payments?: ({ id: string; captured_at: string | Date | null } | null)[] | null } | null)[] | null
}

/** Places the demo booth sales that are missing and makes sure each is attributed and split into the ledger. */
export async function seedBoothSales(container: MedusaContainer, progress: SeedProgress = silentProgress): Promise<BoothSalesResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const campaigns = container.resolve<CampaignsService>(CAMPAIGNS_MODULE)
  const result: BoothSalesResult = { ordersCreated: 0, ledgerEntriesWritten: 0 }

  const handle = expos[0]!.handle
  const [expo] = await campaigns.listExpos({ handle })
  if (!expo) throw new Error(`Demo booth sales: no expo ${handle}`)
  const [officer] = await campaigns.listCsrStaffs({ email: DEMO_CSR.email })
  if (!officer) throw new Error(`Demo booth sales: no CSR login ${DEMO_CSR.email}`)

  const placed = await boothOrders(container, expo.id)
  const missing = boothSales.filter((s) => !placed.has(s.key))
  if (missing.length) {
    const skus = [...new Set(missing.flatMap((s) => s.items.map((i) => i.sku)))]
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
    const variantOf = new Map((variants as { id: string; sku: string }[]).map((v) => [v.sku, v.id]))
    for (const [i, sale] of missing.entries()) {
      await placeBoothOrderWorkflow(container).run({
        input: {
          expo_id: expo.id,
          items: sale.items.map((item) => {
            const variant = variantOf.get(item.sku)
            if (!variant) throw new Error(`Demo booth sale ${sale.key}: no variant ${item.sku}`)
            return { variant_id: variant, quantity: item.quantity }
          }),
          payment_method: sale.payment_method,
          payment_reference: sale.payment_reference ?? null,
          email: sale.email ?? null,
          recorded_by: officer.id,
          metadata: { [DEMO_SALE_METADATA_KEY]: sale.key },
        },
      })
      result.ordersCreated++
      progress("Booth sales at the expo", i + 1, missing.length)
    }
  }

  for (const order of (await boothOrders(container, expo.id)).values()) {
    await attributeOrder(container, order.id)
    const payment = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).find((p) => p?.captured_at)
    if (!payment) throw new Error(`Demo booth sale ${String(order.metadata?.[DEMO_SALE_METADATA_KEY])}: order ${order.id} has no captured payment`)
    const { result: split } = await recordPaymentSplitWorkflow(container).run({ input: { payment_id: payment.id } })
    result.ledgerEntriesWritten += split.written
  }
  return result
}

/** The demo booth orders already placed at the expo, by sale key (found through the expo's attributed orders). */
async function boothOrders(container: MedusaContainer, expoId: string): Promise<Map<string, BoothOrder>> {
  const campaigns = container.resolve<CampaignsService>(CAMPAIGNS_MODULE)
  const rows = await campaigns.listExpoOrders({ expo_id: expoId, source: "booth" })
  const byKey = new Map<string, BoothOrder>()
  if (!rows.length) return byKey
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "metadata", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: rows.map((r) => r.order_id) },
  })
  for (const order of data as BoothOrder[]) {
    const key = order.metadata?.[DEMO_SALE_METADATA_KEY]
    if (typeof key === "string" && boothSales.some((s) => s.key === key) && !byKey.has(key)) byKey.set(key, order)
  }
  return byKey
}
