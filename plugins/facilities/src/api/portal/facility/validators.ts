import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)
const rupiah = z.number().int().min(0).max(1_000_000_000)
const stock = z.number().int().min(0).max(1_000_000)
const makers = z
  .array(z.object({ participant_id: text(64), weight: z.number().int().min(1).max(1000) }).strict())
  .max(50)
const skills = z.array(text(40)).max(20)
const imageUrl = z.string().url({ message: "images: each image must be a URL" }).max(2000)

export const PortalListQuery = z
  .object({
    q: z.string().max(200).optional(),
    status: z.string().max(20).optional(),
    archived: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type PortalListQuery = z.infer<typeof PortalListQuery>

const productFields = {
  title: text(200),
  title_en: text(200),
  subtitle: z.string().trim().max(200).nullable().optional(),
  description: z.string().trim().max(5000),
  description_en: z.string().trim().max(5000),
  images: z.array(imageUrl).max(12),
  weight: z.number().int().min(1).max(100_000),
  material: z.string().trim().max(200).nullable().optional(),
  status: z.enum(["draft", "published"]),
}

export const PortalCreateProduct = z
  .object({
    ...productFields,
    status: productFields.status.default("draft"),
    options: z.array(z.object({ title: text(60), values: z.array(text(60)).min(1).max(30) }).strict()).max(3).optional(),
    variants: z
      .array(
        z
          .object({
            title: text(120).optional(),
            sku: text(64).optional(),
            options: z.record(z.string(), text(60)).optional(),
            price: rupiah,
            stock,
          })
          .strict()
      )
      .min(1)
      .max(100),
    makers: makers.default([]),
  })
  .strict()
export type PortalCreateProduct = z.infer<typeof PortalCreateProduct>

export const PortalUpdateProduct = z
  .object({
    title: productFields.title.optional(),
    title_en: productFields.title_en.optional(),
    subtitle: productFields.subtitle,
    description: productFields.description.optional(),
    description_en: productFields.description_en.optional(),
    images: productFields.images.optional(),
    weight: productFields.weight.optional(),
    material: productFields.material,
    status: productFields.status.optional(),
    variants: z
      .array(z.object({ id: text(64), price: rupiah.optional(), stock: stock.optional() }).strict())
      .max(100)
      .optional(),
  })
  .strict()
export type PortalUpdateProduct = z.infer<typeof PortalUpdateProduct>

export const PortalSetMakers = z.object({ makers }).strict()
export type PortalSetMakers = z.infer<typeof PortalSetMakers>

export const PortalUploadFiles = z
  .object({
    files: z
      .array(
        z
          .object({
            filename: text(200).regex(/^[\w.\- ]+$/, "filename: use letters, digits, spaces, dots, dashes and underscores"),
            mime_type: z.enum(["image/jpeg", "image/png", "image/webp", "image/svg+xml"], {
              message: "mime_type: use image/jpeg, image/png, image/webp or image/svg+xml",
            }),
            // 5 MB of file is at most 6,990,508 base64 characters
            content: z.string().min(1).max(6_990_508).regex(/^[A-Za-z0-9+/]+={0,2}$/, "content: must be base64"),
          })
          .strict()
      )
      .min(1)
      .max(8),
  })
  .strict()
export type PortalUploadFiles = z.infer<typeof PortalUploadFiles>

const participantFields = {
  display_name: text(80),
  legal_name: text(120),
  registration_number: text(40),
  skills,
  story_id: z.string().trim().max(2000).nullable(),
  story_en: z.string().trim().max(2000).nullable(),
}

export const PortalCreateParticipant = z
  .object({
    ...participantFields,
    skills: skills.default([]),
    story_id: participantFields.story_id.optional(),
    story_en: participantFields.story_en.optional(),
    joined_at: z.coerce.date().optional(),
    consent_display_name: z.boolean().default(false),
    consent_story: z.boolean().default(false),
  })
  .strict()
export type PortalCreateParticipant = z.infer<typeof PortalCreateParticipant>

export const PortalUpdateParticipant = z
  .object({
    display_name: participantFields.display_name.optional(),
    legal_name: participantFields.legal_name.optional(),
    registration_number: participantFields.registration_number.optional(),
    skills: skills.optional(),
    story_id: participantFields.story_id.optional(),
    story_en: participantFields.story_en.optional(),
  })
  .strict()
export type PortalUpdateParticipant = z.infer<typeof PortalUpdateParticipant>

export const PortalGiveConsent = z.object({ display_name: z.boolean(), story: z.boolean() }).strict()
export type PortalGiveConsent = z.infer<typeof PortalGiveConsent>

export const PortalSetStatus = z
  .object({ status: z.enum(["active", "released", "transferred"]), date: z.coerce.date().optional() })
  .strict()
export type PortalSetStatus = z.infer<typeof PortalSetStatus>

export const PortalCreateFulfillment = z
  .object({ kind: z.enum(["pickup", "shipment"]), tracking_number: text(80).optional() })
  .strict()
  .refine((b) => b.kind !== "shipment" || Boolean(b.tracking_number), {
    message: "tracking_number is required for a shipment",
    path: ["tracking_number"],
  })
export type PortalCreateFulfillment = z.infer<typeof PortalCreateFulfillment>
