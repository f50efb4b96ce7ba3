// `medusa exec ./src/scripts/seed.ts`: loads the demo data and prints one machine-readable line per step, which
// `npm start` turns into its progress display, and a last line with the result.
import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemo } from "@karya/seed"

export default async function seed({ container }: ExecArgs) {
  const result = await seedDemo(container, (step, done, total) => {
    process.stdout.write(`KARYA_SEED_PROGRESS ${JSON.stringify({ step, done, total })}\n`)
  })
  process.stdout.write(`KARYA_SEED_RESULT ${JSON.stringify(result)}\n`)
}
