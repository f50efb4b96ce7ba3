import { z } from "@medusajs/framework/zod"

/** What arrived on the account, in whole rupiah. */
export const ConfirmTransfer = z
  .object({
    amount_received: z
      .number({ message: "amount_received: must be a number of rupiah, e.g. 125000" })
      .int("amount_received: must be whole rupiah (no fractions)")
      .min(1, "amount_received: must be at least Rp 1")
      .max(1_000_000_000_000, "amount_received: must be at most Rp 1.000.000.000.000"),
  })
  .strict()
export type ConfirmTransfer = z.infer<typeof ConfirmTransfer>

/** A buyer finds her order by its number (as shown: 1042 or "#1042") and the email she ordered with. */
export const StoreOrderLookup = z
  .object({
    email: z
      .string({ message: "email: required, the email address the order was placed with" })
      .trim()
      .max(320, "email: too long")
      .email("email: not an email address"),
    display_id: z.union(
      [
        z.number().int().min(1).max(2_147_483_647),
        z
          .string()
          .trim()
          .regex(/^#?\d{1,10}$/)
          .transform((s) => Number(s.replace("#", ""))),
      ],
      { message: "display_id: the order number, e.g. 1042" }
    ),
  })
  .strict()
export type StoreOrderLookup = z.infer<typeof StoreOrderLookup>
