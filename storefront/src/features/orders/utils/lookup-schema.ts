// The order lookup form: an email and an order number ("1024" or "#1024").
import { z } from "zod"

export const lookupSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "orders.lookup.errors.required" })
    .max(254, { error: "orders.lookup.errors.email" })
    .pipe(z.email({ error: "orders.lookup.errors.email" })),
  display_id: z
    .string()
    .trim()
    .min(1, { error: "orders.lookup.errors.required" })
    .transform((value) => value.replace(/^#\s*/, ""))
    .pipe(
      z
        .string()
        .regex(/^\d{1,9}$/, { error: "orders.lookup.errors.orderNumber" })
        .transform(Number)
        .pipe(z.number().int().positive({ error: "orders.lookup.errors.orderNumber" }))
    ),
})

export type LookupFields = "email" | "display_id"

export function validateLookup(
  input: Record<LookupFields, string>
): { ok: true; value: { email: string; display_id: number } } | { ok: false; errors: Partial<Record<LookupFields, string>> } {
  const result = lookupSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: Partial<Record<LookupFields, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if (field === "email" || field === "display_id") errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
