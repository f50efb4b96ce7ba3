import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type SetVariantStockInput = { location_id: string; levels: { variant_id: string; quantity: number }[] }

export const setVariantStockStepId = "set-variant-stock"

/** Sets the stocked quantity of each variant's inventory item at a location, creating the level when missing. */
export const setVariantStockStep = createStep(
  setVariantStockStepId,
  async ({ location_id, levels }: SetVariantStockInput, { container }) => {
    if (!levels.length) return new StepResponse([], { location_id, created: [] as string[], updated: [] as { id: string; stocked_quantity: number }[] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: levels.map((l) => l.variant_id) },
    })
    const itemOf = new Map(
      variants.map((v) => [v.id, (v.inventory_items ?? [])[0]?.inventory_item_id as string | undefined])
    )
    const itemIds = [...itemOf.values()].filter((id): id is string => Boolean(id))
    const existing = itemIds.length
      ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id })
      : []
    const created: string[] = []
    const updated: { id: string; stocked_quantity: number }[] = []
    for (const { variant_id, quantity } of levels) {
      const itemId = itemOf.get(variant_id)
      if (!itemId) continue // a variant that does not manage inventory has no stock to set
      const level = existing.find((l) => l.inventory_item_id === itemId)
      if (level) {
        updated.push({ id: level.id, stocked_quantity: Number(level.stocked_quantity) })
        await inventory.updateInventoryLevels([{ id: level.id, inventory_item_id: itemId, location_id, stocked_quantity: quantity }])
      } else {
        const [createdLevel] = await inventory.createInventoryLevels([{ inventory_item_id: itemId, location_id, stocked_quantity: quantity }])
        created.push(createdLevel!.id)
      }
    }
    return new StepResponse(levels, { location_id, created, updated })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
    for (const level of undo.updated) {
      const [current] = await inventory.listInventoryLevels({ id: level.id })
      if (current) {
        await inventory.updateInventoryLevels([
          { id: level.id, inventory_item_id: current.inventory_item_id, location_id: current.location_id, stocked_quantity: level.stocked_quantity },
        ])
      }
    }
  }
)
