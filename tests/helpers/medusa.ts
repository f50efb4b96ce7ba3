// Shared pieces of the HTTP integration tests: where the backend lives, and the seeded store they run against.
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo, type SeedResult } from "@karya/seed"

export const backendDir = path.resolve(__dirname, "..", "..", "backend")

/** Runs the demo seed (the same one `npm start` loads) and returns what the tests need of it. Without the demo sales
 * unless asked (`{ sales: true }`): tests count stock and orders of a store nobody has bought from yet. */
export async function seedStore(container: MedusaContainer, options: { sales?: boolean } = {}): Promise<SeedResult> {
  return seedDemo(container, undefined, { sales: options.sales ?? false })
}

/** Headers of a storefront request: the seeded publishable key. */
export const storeHeaders = (publishableKey: string) => ({ headers: { "x-publishable-api-key": publishableKey } })

/** Medusa's error body. */
export type ErrorBody = { type: string; message: string; [key: string]: unknown }

/** axios rejects on 4xx/5xx; tests that expect an error read its response instead. */
export async function expectError<T>(promise: Promise<T>): Promise<{ status: number; data: ErrorBody }> {
  try {
    await promise
  } catch (error) {
    const response = (error as { response?: { status: number; data: ErrorBody } }).response
    if (response) return response
    throw error
  }
  throw new Error("expected the request to fail")
}
