import { z } from "@medusajs/framework/zod"

const line = z
  .object({
    variant_id: z.string().trim().min(1).max(64),
    quantity: z.number().int("items[].quantity: a whole number").min(1).max(100),
  })
  .strict()

/** A booth sale: what the buyer takes, how she paid (cash, or QRIS with the reference the officer sees), an optional
 * email for the receipt, and an optional key that makes a retried request return the first order. */
export const PortalCreateBoothOrder = z
  .object({
    items: z.array(line).min(1).max(50),
    payment_method: z.enum(["cash", "qris"]),
    payment_reference: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, "payment_reference: letters, digits, spaces and . _ / - only")
      .optional(),
    email: z.string().trim().toLowerCase().max(200).email({ message: "email: must be an email address" }).optional(),
    idempotency_key: z
      .string()
      .min(8)
      .max(64)
      .regex(/^[A-Za-z0-9._:-]+$/, "idempotency_key: letters, digits and . _ : - only")
      .optional(),
  })
  .strict()
export type PortalCreateBoothOrder = z.infer<typeof PortalCreateBoothOrder>

export const PortalListExpoOrders = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type PortalListExpoOrders = z.infer<typeof PortalListExpoOrders>
