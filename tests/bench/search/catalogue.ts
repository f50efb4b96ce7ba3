// A large, realistic catalogue for the search benchmark: products whose Indonesian titles and descriptions combine
// the words of the demo catalogue (seed/src/data/catalogue.ts), one variant with an IDR price each, of the demo
// facilities and crafts, in the store's sales channel. Deterministic: the same `count` gives the same products.
import { performance } from "node:perf_hooks"
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { products as demoProducts, type SeedResult } from "@karya/seed"
import { FACILITIES_MODULE } from "@karya/plugin-facilities/modules/facilities"
import { timed } from "../lib/stats"

type SeedProduct = (typeof demoProducts)[number]

export type GeneratedProduct = {
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  facility: SeedProduct["facility"]
  craft: SeedProduct["craft"]
  priceIdr: number
  base: string
}

/** mulberry32: a small seeded PRNG, so every run builds the same catalogue. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TEXTILE_CRAFTS = new Set(["batik-tulis", "batik-cap", "songket", "jahitan", "anyaman"])
/** Motif names of the demo catalogue's cloths, and the colours of its variants. */
const MOTIFS = ["Angso Duo", "Durian Pecah", "Kapal Sanggat", "Bungo Pauh", "Kawung", "Parang", "Truntum", "Lepus", "Tretes", "Bungo Cino", "Limar", "Kembang Pesisir", "Jumputan", "Parang Seling"]
const COLOURS: [string, string][] = [
  ["Sogan", "Sogan brown"], ["Indigo", "Indigo"], ["Merah Marun", "Maroon"], ["Hijau Daun", "Leaf green"], ["Ungu", "Purple"],
  ["Biru", "Blue"], ["Krem", "Cream"], ["Hitam", "Black"], ["Cokelat", "Brown"], ["Putih", "White"],
]
const FLAVOURS: [string, string][] = [
  ["Original", "Original"], ["Pedas", "Spicy"], ["Balado", "Balado"], ["Keju", "Cheese"], ["Cokelat", "Chocolate"],
  ["Pandan", "Pandan"], ["Kelapa", "Coconut"], ["Manis", "Sweet"], ["Asin", "Salty"], ["Teri", "Anchovy"],
]
const SIZES: [string, string][] = [["", ""], ["", ""], ["Kecil", "Small"], ["Besar", "Large"], ["Edisi Lebaran", "Eid edition"], ["Seri Hadiah", "Gift series"]]
const PACKS: [string, string][] = [["", ""], ["250 g", "250 g"], ["500 g", "500 g"], ["Isi 6", "Pack of 6"], ["Toples", "Jar"], ["Hampers", "Hamper"]]

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
const words = (...parts: string[]) => parts.filter(Boolean).join(" ")

/** `count` products. Titles: a demo product's title with another motif, colour, flavour or size of the catalogue. */
export function generateCatalogue(count: number): GeneratedProduct[] {
  const rand = prng(20261122)
  const out: GeneratedProduct[] = []
  for (let i = 0; i < count; i++) {
    const base = demoProducts[Math.floor(rand() * demoProducts.length)]!
    const textile = TEXTILE_CRAFTS.has(base.craft)
    let title: string
    let titleEn: string
    let extra: string
    let extraEn: string
    if (textile) {
      const [colour, colourEn] = pick(rand, COLOURS)
      const [size, sizeEn] = pick(rand, SIZES)
      // half keep their own motif, half take another motif of the catalogue
      const motif = rand() < 0.5 ? pick(rand, MOTIFS) : ""
      title = words(base.title.id, motif, colour, size)
      titleEn = words(base.title.en, motif, colourEn, sizeEn)
      extra = `Warna ${colour.toLowerCase()}${motif ? `, dengan sentuhan motif ${motif.toLowerCase()}` : ""}, dikerjakan di bengkel ${base.facility.startsWith("lpp") ? "LPP Palembang" : "lapas"} oleh warga binaan.`
      extraEn = `In ${colourEn.toLowerCase()}${motif ? `, with a touch of the ${motif.toLowerCase()} motif` : ""}, made in the facility workshop by its residents.`
    } else {
      const [flavour, flavourEn] = pick(rand, FLAVOURS)
      const [pack, packEn] = pick(rand, PACKS)
      title = words(base.title.id, flavour, pack)
      titleEn = words(base.title.en, flavourEn, packEn)
      extra = `Rasa ${flavour.toLowerCase()}${pack ? `, kemasan ${pack.toLowerCase()}` : ""}, dibuat di dapur pelatihan dalam jumlah kecil.`
      extraEn = `${flavourEn} flavour${packEn ? `, ${packEn.toLowerCase()}` : ""}, made in the training kitchen in small batches.`
    }
    const basePrice = base.variants[0]!.priceIdr
    const priceIdr = Math.max(5_000, Math.round((basePrice * (0.7 + rand() * 0.7)) / 500) * 500)
    out.push({
      handle: `${slug(title)}-${String(i).padStart(5, "0")}`,
      title,
      title_en: titleEn,
      description: `${base.description.id} ${base.subtitle.id}. ${extra}`,
      description_en: `${base.description.en} ${base.subtitle.en}. ${extraEn}`,
      facility: base.facility,
      craft: base.craft,
      priceIdr,
      base: base.handle,
    })
  }
  return out
}

type FacilitiesService = { listFacilities(filter: object, config?: object): Promise<{ id: string; handle: string }[]> }

export type CreationTimes = {
  workflow: { products: number; ms: number }
  module: { products: number; ms: number; products_ms: number; prices_ms: number; links_ms: number }
}

/**
 * Creates the catalogue: the first `viaWorkflow` products through Medusa's createProductsWorkflow (what the admin
 * does: price sets, sales channel, events the search subscribers answer), in batches of `workflowBatch`, to measure
 * its rate; the rest straight through the product and pricing modules and the link module in batches of
 * `moduleBatch` (no events: reindexAll indexes them). Every product is linked to its demo facility.
 */
export async function createCatalogue(
  container: MedusaContainer,
  seed: SeedResult,
  options: { count: number; viaWorkflow: number; workflowBatch: number; moduleBatch: number },
  /** runs between the two parts, untimed (the benchmark waits there for the search subscribers) */
  afterWorkflow: () => Promise<void> = async () => {}
): Promise<CreationTimes> {
  const productModule = container.resolve(Modules.PRODUCT)
  const pricingModule = container.resolve(Modules.PRICING)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const categories = new Map(
    (await productModule.listProductCategories({}, { select: ["id", "handle"] })).map((c) => [c.handle, c.id])
  )
  const facilities = new Map(
    (await container.resolve<FacilitiesService>(FACILITIES_MODULE).listFacilities({})).map((f) => [f.handle, f.id])
  )
  // the demo products' images, so hits carry a thumbnail as in the store
  const thumbnails = new Map(
    (await productModule.listProducts({}, { select: ["handle", "thumbnail"] })).map((p) => [p.handle, p.thumbnail])
  )
  const catalogue = generateCatalogue(options.count)
  const product = (p: GeneratedProduct) => ({
    title: p.title,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    thumbnail: thumbnails.get(p.base) ?? null,
    category_ids: [categories.get(p.craft)!],
    options: [{ title: "Pilihan", values: ["Standar"] }],
    metadata: { title_en: p.title_en, description_en: p.description_en, facility_handle: p.facility, craft: p.craft },
  })
  const facilityLink = (productId: string, p: GeneratedProduct): LinkDefinition => ({
    [FACILITIES_MODULE]: { facility_id: facilities.get(p.facility)! },
    [Modules.PRODUCT]: { product_id: productId },
  })

  const times: CreationTimes = {
    workflow: { products: 0, ms: 0 },
    module: { products: 0, ms: 0, products_ms: 0, prices_ms: 0, links_ms: 0 },
  }
  const started = performance.now()
  const viaWorkflow = catalogue.slice(0, options.viaWorkflow)
  for (let from = 0; from < viaWorkflow.length; from += options.workflowBatch) {
    const batch = viaWorkflow.slice(from, from + options.workflowBatch)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          ...product(p),
          shipping_profile_id: seed.shippingProfileId,
          sales_channels: [{ id: seed.salesChannelId }],
          variants: [
            {
              title: "Standar",
              options: { Pilihan: "Standar" },
              manage_inventory: false,
              prices: [{ currency_code: "idr", amount: p.priceIdr }],
            },
          ],
        })),
      },
    })
    await link.create(result.map((created, i) => facilityLink(created.id, batch[i]!)))
  }
  times.workflow = { products: viaWorkflow.length, ms: performance.now() - started }
  await afterWorkflow()

  const moduleStarted = performance.now()
  const rest = catalogue.slice(options.viaWorkflow)
  for (let from = 0; from < rest.length; from += options.moduleBatch) {
    const batch = rest.slice(from, from + options.moduleBatch)
    const created = await timed(() =>
      productModule.createProducts(
        batch.map((p) => ({
          ...product(p),
          variants: [{ title: "Standar", options: { Pilihan: "Standar" }, manage_inventory: false }],
        }))
      )
    )
    times.module.products_ms += created.ms
    const priceSets = await timed(() =>
      pricingModule.createPriceSets(batch.map((p) => ({ prices: [{ amount: p.priceIdr, currency_code: "idr" }] })))
    )
    times.module.prices_ms += priceSets.ms
    const linked = await timed(() =>
      link.create(
        created.value.flatMap((product, i): LinkDefinition[] => [
          { [Modules.PRODUCT]: { variant_id: product.variants[0]!.id }, [Modules.PRICING]: { price_set_id: priceSets.value[i]!.id } },
          { [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: seed.salesChannelId } },
          facilityLink(product.id, batch[i]!),
        ])
      )
    )
    times.module.links_ms += linked.ms
  }
  times.module.products = rest.length
  times.module.ms = performance.now() - moduleStarted
  return times
}
