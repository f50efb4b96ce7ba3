// `npm run reindex`: rebuilds the search indexes from the catalogue (PostgreSQL, and Meilisearch when configured),
// swapping each in at the end. Prints progress lines that scripts/reindex.mjs turns into a bar.
import type { ExecArgs } from "@medusajs/framework/types"
import { reindexAll } from "@karya/plugin-search/lib/sync"

export default async function reindex({ container }: ExecArgs) {
  const result = await reindexAll(container, (provider, done, total) => {
    console.log(`KARYA_REINDEX_PROGRESS ${JSON.stringify({ provider, done, total })}`)
  })
  console.log(`KARYA_REINDEX_RESULT ${JSON.stringify(result)}`)
}
