// Crafts as product categories, and the demo products with their images, variants, IDR prices and stock.
// Products are matched by handle, so a second run creates nothing and a new product in the catalogue is added.
import fs from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { crafts, products, type SeedProduct } from "./data/catalogue"
import type { SeedProgress } from "./progress"
import type { StoreFrame } from "./store"

export const IMAGES_DIR = path.resolve(__dirname, "..", "images")

/** A product without options still needs one in Medusa: a single "Standar" option. */
const SINGLE_OPTION = { title: "Pilihan", value: "Standar" }

export async function seedCrafts(container: MedusaContainer): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProductCategories({ handle: crafts.map((c) => c.handle) })
  const missing = crafts.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name.id,
          handle: c.handle,
          description: c.description.id,
          is_active: true,
          metadata: { name_en: c.name.en, description_en: c.description.en },
        })),
      },
    })
  }
  const all = await productModule.listProductCategories({ handle: crafts.map((c) => c.handle) })
  return new Map(all.map((c) => [c.handle, c.id]))
}

async function uploadImages(container: MedusaContainer, fileNames: string[]): Promise<Map<string, string>> {
  const files = await Promise.all(
    fileNames.map(async (filename) => ({
      filename,
      mimeType: "image/svg+xml",
      content: (await fs.readFile(path.join(IMAGES_DIR, filename))).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return new Map(fileNames.map((name, i) => [name, result[i]!.url]))
}

function toProductInput(p: SeedProduct, imageUrl: string, categoryId: string, frame: StoreFrame) {
  const options = p.options.length ? p.options : [{ title: SINGLE_OPTION.title, values: [SINGLE_OPTION.value] }]
  return {
    title: p.title.id,
    subtitle: p.subtitle.id,
    description: p.description.id,
    handle: p.handle,
    status: ProductStatus.PUBLISHED,
    material: p.material,
    weight: p.weightGrams,
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    category_ids: [categoryId],
    shipping_profile_id: frame.shippingProfileId,
    sales_channels: [{ id: frame.salesChannelId }],
    options,
    metadata: {
      facility_handle: p.facility,
      craft: p.craft,
      program: p.program ?? null,
      title_en: p.title.en,
      subtitle_en: p.subtitle.en,
      description_en: p.description.en,
      tags: p.tags.join(","),
    },
    variants: p.variants.map((v) => ({
      title: p.options.length ? Object.values(v.options).join(" / ") : SINGLE_OPTION.value,
      sku: v.sku,
      options: p.options.length ? v.options : { [SINGLE_OPTION.title]: SINGLE_OPTION.value },
      manage_inventory: true,
      weight: v.weightGrams ?? p.weightGrams,
      prices: [{ currency_code: "idr", amount: v.priceIdr }],
    })),
  }
}

/** Creates the catalogue's missing products; returns how many it created. */
export async function seedProducts(
  container: MedusaContainer,
  frame: StoreFrame,
  categoryIds: Map<string, string>,
  progress: SeedProgress
): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const existing = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"] })
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !existingHandles.has(p.handle))
  if (!missing.length) return 0

  const stock = new Map(missing.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const batchSize = 8
  for (let i = 0; i < missing.length; i += batchSize) {
    const batch = missing.slice(i, i + batchSize)
    const imageUrls = await uploadImages(container, [...new Set(batch.map((p) => p.image))])
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => {
          const categoryId = categoryIds.get(p.craft)
          if (!categoryId) throw new Error(`Seed product ${p.handle}: unknown craft ${p.craft}`)
          return toProductInput(p, imageUrls.get(p.image)!, categoryId, frame)
        }),
      },
    })

    // Stock: one inventory level per new variant at the store's stock location.
    const variantIds = result.flatMap((product) => (product.variants ?? []).map((v) => v.id))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) =>
          (v.inventory_items ?? []).map((item: { inventory_item_id: string }) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: frame.stockLocationId,
            stocked_quantity: stock.get(v.sku ?? "") ?? 0,
          }))
        ),
      },
    })
    progress("Products", Math.min(i + batchSize, missing.length), missing.length)
  }
  return missing.length
}
