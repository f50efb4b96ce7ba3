import { z } from "@medusajs/framework/zod"

export const SORTS = ["relevance", "price_asc", "price_desc", "newest", "title"] as const
export const FACETS = ["facility", "province", "craft", "program", "motif"] as const
export type Facet = (typeof FACETS)[number]

/** A facet filter: one value or several (`?craft=a&craft=b` or `?craft=a,b`). A value cannot hold a comma: motif
 * titles are kept without commas in the Portal's own use (left as a known limit, see README). */
const list = (field: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .refine((v) => v.length <= 20 && v.every((s) => s.length <= 120), { message: `${field}: at most 20 values of 120 characters` })
    .optional()

const rupiah = (field: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `${field}: must be a whole, non-negative number of rupiah`)
    .transform(Number)
    .optional()

/** `GET /store/search`: unknown parameters are refused (400 naming them). */
export const SearchQuery = z
  .object({
    q: z.string().max(200, "q: at most 200 characters").default(""),
    facility: list("facility"),
    province: list("province"),
    craft: list("craft"),
    program: list("program"),
    motif: list("motif"),
    price_min: rupiah("price_min"),
    price_max: rupiah("price_max"),
    in_stock: z.enum(["true", "false"], { message: "in_stock: true or false" }).transform((v) => v === "true").optional(),
    sort: z.enum(SORTS, { message: `sort: one of ${SORTS.join(", ")}` }).default("relevance"),
    page: z.coerce.number({ message: "page: a whole number from 1" }).int("page: a whole number from 1").min(1, "page: a whole number from 1").max(1000).default(1),
    limit: z.coerce.number({ message: "limit: a whole number from 1 to 48" }).int("limit: a whole number from 1 to 48").min(1, "limit: a whole number from 1 to 48").max(48, "limit: a whole number from 1 to 48").default(12),
  })
  .strict()
export type SearchQuery = z.infer<typeof SearchQuery>
