import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)
const id = text(64)

export const APPLICATION_NUMBER = /^EC00(19|20)\d{2}\d{5,6}$/
export const REGISTRATION_NUMBER = /^\d{9}$/

const motifFields = {
  title: text(160),
  description_id: z.string().trim().max(5000),
  description_en: z.string().trim().max(5000),
  image: z.string().url({ message: "image: must be a URL" }).max(2000).nullable(),
  status: z.enum(["draft", "applied", "registered", "expired"]),
  application_number: z
    .string()
    .regex(APPLICATION_NUMBER, "application_number: use EC00 + year + digits, e.g. EC00202312345")
    .nullable(),
  registration_number: z.string().regex(REGISTRATION_NUMBER, "registration_number: must be 9 digits").nullable(),
  work_type: text(80),
  first_published_at: z.coerce.date().nullable(),
  first_published_place: z.string().trim().max(120).nullable(),
  holder_kind: z.enum(["facility", "participant", "organisation"]),
  holder_participant_id: id.nullable(),
  holder_organisation: z.string().trim().max(160).nullable(),
  royalty_bps: z.number().int().min(0).max(10000),
  credit_required: z.boolean(),
  other_facilities_allowed: z.boolean(),
  creators: z.array(z.object({ participant_id: id, share: z.number().int().min(1).max(1000) }).strict()).max(20),
}

type Holder = {
  holder_kind?: string
  holder_participant_id?: string | null
  holder_organisation?: string | null
  status?: string
  registration_number?: string | null
}

/** Rules across fields: who holds the rights must be named, and a registered motif has its registration number. */
function consistent(m: Holder, ctx: z.RefinementCtx) {
  if (m.holder_kind === "participant" && !m.holder_participant_id) {
    ctx.addIssue({ code: "custom", message: "holder_participant_id: required when the holder is a participant", path: ["holder_participant_id"] })
  }
  if (m.holder_kind === "organisation" && !m.holder_organisation) {
    ctx.addIssue({ code: "custom", message: "holder_organisation: required when the holder is an organisation", path: ["holder_organisation"] })
  }
  if (m.status === "registered" && !m.registration_number) {
    ctx.addIssue({ code: "custom", message: "registration_number: required for a registered motif", path: ["registration_number"] })
  }
}

const createShape = z
  .object({
    ...motifFields,
    description_id: motifFields.description_id.default(""),
    description_en: motifFields.description_en.default(""),
    image: motifFields.image.optional(),
    status: motifFields.status.default("draft"),
    application_number: motifFields.application_number.optional(),
    registration_number: motifFields.registration_number.optional(),
    work_type: motifFields.work_type.default("Seni Motif"),
    first_published_at: motifFields.first_published_at.optional(),
    first_published_place: motifFields.first_published_place.optional(),
    holder_kind: motifFields.holder_kind.default("facility"),
    holder_participant_id: motifFields.holder_participant_id.optional(),
    holder_organisation: motifFields.holder_organisation.optional(),
    royalty_bps: motifFields.royalty_bps.default(0),
    credit_required: motifFields.credit_required.default(true),
    other_facilities_allowed: motifFields.other_facilities_allowed.default(false),
    creators: motifFields.creators.default([]),
  })
  .strict()

export const PortalCreateMotif = createShape.superRefine(consistent)
export type PortalCreateMotif = z.infer<typeof createShape>
export const AdminCreateMotif = createShape.extend({ facility_id: id }).strict().superRefine(consistent)
export type AdminCreateMotif = PortalCreateMotif & { facility_id: string }

const updateShape = z.object(motifFields).partial().strict()
export const UpdateMotif = updateShape.superRefine(consistent)
export type UpdateMotif = z.infer<typeof updateShape>

export const SetProductMotifs = z.object({ motif_ids: z.array(id).max(10) }).strict()
export type SetProductMotifs = z.infer<typeof SetProductMotifs>

export const ListMotifs = z
  .object({
    facility: z.string().max(80).optional(),
    status: z.enum(["draft", "applied", "registered", "expired"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type ListMotifs = z.infer<typeof ListMotifs>
