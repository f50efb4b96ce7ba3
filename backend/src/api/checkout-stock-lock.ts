// Cart completion, one buyer at a time per stocked item, so a rush on the last pieces ends in clean answers.
//
// Medusa 2.21's completeCartWorkflow does not oversell: its reserve-inventory step re-checks the stock and reserves
// inside a lock keyed by the inventory item ids. But every buyer first creates the order, and only then meets that
// lock, which waits 5 s at most (the step passes no timeout). With 50 buyers completing at once for 10 pieces on a
// busy machine, the queue outlasts 5 s and the late buyers get a 500 "An unknown error occurred" instead of "out of
// stock" (measured: tests/http/reliability/oversell.spec.ts). So, in front of the route: wait (up to a minute) for
// the cart's items under our own keys, then check the stock; if it is gone, answer Medusa's own out-of-stock error
// (400 not_allowed, "Not enough stock…", which the storefront recognises) without writing anything; else let Medusa
// complete the cart while we hold the keys. Inside, Medusa's own lock is then free at once for store checkouts and
// shared only with the few other writers (booth sales, admin orders), which keep their own checks.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** How long a buyer may wait in the queue before being told to try again (a 409). */
const WAIT_SECONDS = 60

type CartRow = {
  id: string
  completed_at: string | Date | null
  sales_channel_id: string | null
  items?: ({
    quantity: unknown
    title?: string | null
    variant?: {
      manage_inventory?: boolean | null
      allow_backorder?: boolean | null
      inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null
    } | null
  } | null)[]
}

type Need = { quantity: number; title: string }

/** What the cart's managed lines need of each inventory item. Backordered and unmanaged variants need nothing. */
function needsOf(cart: CartRow): Map<string, Need> {
  const needs = new Map<string, Need>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!item || !variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const need = needs.get(link.inventory_item_id) ?? { quantity: 0, title: item.title ?? link.inventory_item_id }
      need.quantity += Number(link.required_quantity ?? 1) * Number(item.quantity)
      needs.set(link.inventory_item_id, need)
    }
  }
  return needs
}

/** The first item the cart's sales channel cannot supply, or null. Generous on purpose: it counts the stock of all
 * the channel's locations together, so it never refuses what Medusa would accept; Medusa's own check stays exact. */
async function shortageOf(req: MedusaRequest, cart: CartRow, needs: Map<string, Need>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: cart.sales_channel_id ?? "" },
  })
  const locationIds = ((channels[0] as { stock_locations?: ({ id: string } | null)[] } | undefined)?.stock_locations ?? [])
    .flatMap((l) => (l ? [l.id] : []))
  if (!locationIds.length) return null // Medusa answers this case itself
  const levels = await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: [...needs.keys()], location_id: locationIds })
  for (const [itemId, need] of needs) {
    const available = levels
      .filter((l) => l.inventory_item_id === itemId)
      .reduce((sum, l) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
    if (available < need.quantity) return { ...need, available: Math.max(available, 0) }
  }
  return null
}

/** Our own lock keys, sorted (a sale of several items never waits in the opposite order of another). */
const stockKeys = (inventoryItemIds: string[]) => [...new Set(inventoryItemIds)].sort().map((id) => `karya-checkout:${id}`)

/** Holds the keys until the route has answered (or the client has gone). */
const untilAnswered = (res: MedusaResponse, next: MedusaNextFunction) =>
  new Promise<void>((resolve) => {
    res.once("finish", resolve)
    res.once("close", resolve)
    next()
  })

/** Express 4 does not catch a middleware's rejected promise: hand it to the error handler. */
const safely =
  (middleware: (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>) =>
  (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    middleware(req, res, next).catch((error) => (res.headersSent ? undefined : next(error)))

/** Runs `inside` holding the stock keys; a caller still queued after WAIT_SECONDS gets a 409 (nothing was written,
 * she may simply try again). Errors once inside go to Medusa's error handler, unless the answer is already sent. */
async function withStockKeys(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  keys: string[],
  busy: string,
  inside: () => Promise<void>
) {
  let entered = false
  try {
    await req.scope.resolve(Modules.LOCKING).execute(
      keys,
      async () => {
        entered = true
        await inside()
      },
      { timeout: WAIT_SECONDS }
    )
  } catch (error) {
    if (res.headersSent) return
    if (entered) return next(error)
    res.status(409).json({ type: MedusaError.Types.CONFLICT, message: busy })
  }
}

async function loadCart(req: MedusaRequest, cartId: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "sales_channel_id",
      "items.quantity",
      "items.title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  return data[0] as CartRow | undefined
}

export const serializeCheckoutByStock = safely(async (req, res, next) => {
  const cartId = (req.params as { id?: string }).id
  if (!cartId) return next()
  const cart = await loadCart(req, cartId)
  // an unknown cart, a completed one (Medusa answers its order again) or nothing stocked: Medusa's route as is
  if (!cart || cart.completed_at) return next()
  const needs = needsOf(cart)
  if (!needs.size) return next()

  await withStockKeys(req, res, next, stockKeys([...needs.keys()]), "Too many checkouts for these items right now, please try again", async () => {
    // the same cart sent twice (a double click): the first one may have completed it while this one waited
    if ((await loadCart(req, cartId))?.completed_at) return untilAnswered(res, next)
    const short = await shortageOf(req, cart, needs)
    if (short) {
      res.status(400).json({
        type: MedusaError.Types.NOT_ALLOWED,
        message: `Not enough stock available for ${short.title}: ${short.available} left, ${short.quantity} asked`,
      })
      return
    }
    await untilAnswered(res, next)
  })
})

/**
 * A booth sale (POST /portal/csr/expos/:id/orders) takes the same keys around the whole sale. Its workflow checks the
 * stock itself and reserves through Medusa's convertDraftOrderWorkflow; without the keys, a booth sale could take the
 * last piece between a store checkout's check and its reservation, and Medusa 2.21 then sometimes fails that checkout
 * with an internal 400 ("Updating Status from \"ok\" to \"temp_failure\"…") instead of out-of-stock. The body is
 * validated by the route after this: anything unexpected here just goes through without the keys.
 */
export const serializeBoothSaleByStock = safely(async (req, res, next) => {
  const items = (req.body as { items?: unknown } | undefined)?.items
  const variantIds = Array.isArray(items)
    ? items.flatMap((i) => (i && typeof i === "object" && typeof (i as { variant_id?: unknown }).variant_id === "string" ? [(i as { variant_id: string }).variant_id] : []))
    : []
  if (!variantIds.length || variantIds.length > 50) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  type VariantRow = { manage_inventory?: boolean | null; allow_backorder?: boolean | null; inventory_items?: ({ inventory_item_id: string } | null)[] | null }
  const itemIds = (data as VariantRow[])
    .filter((v) => v.manage_inventory && !v.allow_backorder)
    .flatMap((v) => (v.inventory_items ?? []).flatMap((l) => (l ? [l.inventory_item_id] : [])))
  if (!itemIds.length) return next()
  await withStockKeys(req, res, next, stockKeys(itemIds), "Too many sales of these items right now, please try again", () =>
    untilAnswered(res, next)
  )
})
