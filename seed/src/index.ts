// Loads the Karya Lapas demo data through Medusa's workflows. Safe to run again: it only adds what is missing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedBoothSales } from "./booth-sales"
import { seedCampaigns } from "./campaigns"
import { seedFacilities, seedParticipants, seedProductFacilities, seedStaff } from "./facilities"
import { seedMotifs } from "./motifs"
import { seedOperator } from "./operator"
import { seedCrafts, seedProducts } from "./products"
import { silentProgress, type SeedProgress } from "./progress"
import { seedSales, type SalesResult } from "./sales"
import { seedStoreFrame, type StoreFrame } from "./store"

export { DEMO_CSR, DEMO_OPERATOR, STOREFRONT_API_KEY_TITLE, REGION_NAME } from "./demo-logins"
export { expos, programs } from "./data/campaigns"
export { crafts, facilities, products } from "./data/catalogue"
export { DEMO_STAFF_PASSWORD, participants, staff } from "./data/participants"
export { motifs } from "./data/motifs"
export { DEMO_SALE_METADATA_KEY, payout as demoPayout, sales } from "./data/sales"
export type { SeedProgress } from "./progress"
export type { StoreFrame } from "./store"
export type { SalesResult } from "./sales"
export { boothSales, seedBoothSales, type BoothSalesResult } from "./booth-sales"

export interface SeedOptions {
  /** Place the demo orders, capture and refund their payments and record a payout (default true). HTTP tests that
   * count stock or orders turn it off. */
  sales?: boolean
}

export interface SeedResult extends StoreFrame {
  productsCreated: number
  /** what the demo sales step did; null when it was turned off */
  sales: SalesResult | null
}

export async function seedDemo(
  container: MedusaContainer,
  progress: SeedProgress = silentProgress,
  options: SeedOptions = {}
): Promise<SeedResult> {
  progress("Store, region Indonesia, shipping")
  const frame = await seedStoreFrame(container)
  progress("Platform operator")
  await seedOperator(container)
  progress("Craft categories")
  const categoryIds = await seedCrafts(container)
  progress("Products", 0)
  const productsCreated = await seedProducts(container, frame, categoryIds, progress)
  progress("Facilities, participants and staff")
  const facilityIds = await seedFacilities(container)
  const participantIds = await seedParticipants(container, facilityIds)
  await seedStaff(container, facilityIds)
  progress("Products' facilities and makers")
  await seedProductFacilities(container, facilityIds, participantIds)
  progress("Registered motifs")
  await seedMotifs(container, facilityIds, participantIds)
  progress("CSR programs, expo and CSR login")
  await seedCampaigns(container, facilityIds)
  let sales: SalesResult | null = null
  if (options.sales ?? true) {
    progress("Demo sales", 0)
    sales = await seedSales(container, frame, progress)
    progress("Booth sales at the expo", 0)
    await seedBoothSales(container, progress)
  }
  return { ...frame, productsCreated, sales }
}
