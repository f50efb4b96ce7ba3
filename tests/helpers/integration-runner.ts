// Medusa's integration test runner, with the caches emptied after each database restore. The runner restores the
// database from a template before every test, behind Medusa's back: no event tells the caching module (Medusa's own
// entries and the store cache of backend/src/api/store-cache.ts) that what it holds is gone, so a test would read
// what the previous one cached. A real database changes only through the app, whose events keep the caches right.
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"

type Options = Parameters<typeof medusaRunner>[0]
type Caching = { clear: (input: { tags: string[] }) => Promise<void> }

export function medusaIntegrationTestRunner(options: Options) {
  return medusaRunner({
    ...options,
    testSuite: (suite) => {
      // registered after the runner's own beforeEach (the restore), so it runs after it
      beforeEach(async () => {
        const caching = suite.getContainer()?.resolve<Caching | undefined>(Modules.CACHING, { allowUnregistered: true })
        await caching?.clear({ tags: ["*"] })
      })
      return options.testSuite(suite)
    },
  })
}
