import { z } from "@medusajs/framework/zod"

/** `?copies=` of the tag sheet: how many tags of each product (side by side, to cut apart). */
export const ExpoTagSheetQuery = z
  .object({
    copies: z.coerce
      .number({ message: "copies: must be a whole number from 1 to 20" })
      .int("copies: must be a whole number from 1 to 20")
      .min(1, "copies: must be at least 1")
      .max(20, "copies: must be at most 20")
      .default(1),
  })
  .strict()
export type ExpoTagSheetQuery = z.infer<typeof ExpoTagSheetQuery>
