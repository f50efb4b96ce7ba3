import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexAll } from "../lib/sync"

/** Repairs drift (a lost event, a write Meilisearch missed while it was down): rebuilds both indexes every hour. */
export default async function repairSearchIndex(container: MedusaContainer) {
  // not inside test runs: the test database is restored under it (the tests call reindexAll themselves)
  if (process.env.NODE_ENV === "test") return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await reindexAll(container)
  logger.info(`search: index repaired (${result.postgres} documents${result.meilisearch === null ? "" : `, Meilisearch ${result.meilisearch}`})`)
}

export const config = { name: "search-repair-index", schedule: "17 * * * *" }
