import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

const facilityFields = {
  handle: text(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: use lowercase letters, digits and dashes"),
  name: text(160),
  short_name: text(80),
  kind: z.enum(["lapas", "lpp", "rutan", "lpka"]),
  class: z.enum(["I", "IIA", "IIB", "III"]),
  city: text(80),
  province: text(80),
  story_id: z.string().trim().max(5000),
  story_en: z.string().trim().max(5000),
  cover_image: z.string().url({ message: "cover_image: must be a URL" }).max(2000).nullable(),
  whatsapp: z.string().regex(/^\+?[0-9]{8,15}$/, "whatsapp: use digits only, e.g. 6281234567890").nullable(),
  is_active: z.boolean(),
}

export const AdminCreateFacility = z
  .object({
    ...facilityFields,
    story_id: facilityFields.story_id.default(""),
    story_en: facilityFields.story_en.default(""),
    cover_image: facilityFields.cover_image.optional(),
    whatsapp: facilityFields.whatsapp.optional(),
    is_active: facilityFields.is_active.default(true),
  })
  .strict()
export type AdminCreateFacility = z.infer<typeof AdminCreateFacility>

export const AdminUpdateFacility = z.object(facilityFields).partial().strict()
export type AdminUpdateFacility = z.infer<typeof AdminUpdateFacility>

export const AdminCreateStaff = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email: must be an email address" }).max(200),
    name: text(120),
    role: z.enum(["manager", "staff"]),
    password: z.string().min(10).max(200),
  })
  .strict()
export type AdminCreateStaff = z.infer<typeof AdminCreateStaff>

export const AdminListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListQuery = z.infer<typeof AdminListQuery>
