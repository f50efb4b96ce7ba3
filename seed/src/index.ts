// Loads the Karya Lapas demo data through Medusa's workflows. Safe to run again: it only adds what is missing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedFacilities, seedParticipants, seedProductFacilities, seedStaff } from "./facilities"
import { seedMotifs } from "./motifs"
import { seedOperator } from "./operator"
import { seedCrafts, seedProducts } from "./products"
import { silentProgress, type SeedProgress } from "./progress"
import { seedStoreFrame, type StoreFrame } from "./store"

export { DEMO_OPERATOR, STOREFRONT_API_KEY_TITLE, REGION_NAME } from "./demo-logins"
export { crafts, facilities, products } from "./data/catalogue"
export { DEMO_STAFF_PASSWORD, participants, staff } from "./data/participants"
export { motifs } from "./data/motifs"
export type { SeedProgress } from "./progress"
export type { StoreFrame } from "./store"

export interface SeedResult extends StoreFrame {
  productsCreated: number
}

export async function seedDemo(container: MedusaContainer, progress: SeedProgress = silentProgress): Promise<SeedResult> {
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
  return { ...frame, productsCreated }
}
