import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)
const id = z.string().trim().min(1).max(64)
const handle = text(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: use lowercase letters, digits and dashes")
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const day = (field: string) =>
  z
    .string()
    .regex(DAY, `${field}: use YYYY-MM-DD`)
    // V8 parses 2025-02-31 as 3 March: the day must come back unchanged
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
    }, `${field}: not a day of the calendar`)
    .transform((s) => new Date(`${s}T00:00:00Z`))
const instant = (field: string) =>
  z
    .string()
    .datetime({ offset: true, message: `${field}: use an ISO date and time, e.g. 2026-12-04T09:00:00+07:00` })
    .transform((s) => new Date(s))

const programFields = {
  handle,
  name: text(120),
  sponsor_company: text(160),
  sponsor_unit: z.string().trim().max(160),
  start_date: day("start_date").nullable(),
  skills: z.array(text(80)).max(30),
  sdg_targets: z.array(z.string().regex(/^\d{1,2}\.[0-9a-c]{1,2}$/, "sdg_targets: use a target number, e.g. 1.4")).max(30),
  description_id: z.string().trim().max(5000),
  description_en: z.string().trim().max(5000),
  is_active: z.boolean(),
  facility_ids: z.array(id).max(50),
}

export const AdminCreateProgram = z
  .object({
    ...programFields,
    sponsor_unit: programFields.sponsor_unit.default(""),
    start_date: programFields.start_date.optional(),
    skills: programFields.skills.default([]),
    sdg_targets: programFields.sdg_targets.default([]),
    description_id: programFields.description_id.default(""),
    description_en: programFields.description_en.default(""),
    is_active: programFields.is_active.default(true),
    facility_ids: programFields.facility_ids.default([]),
  })
  .strict()
export type AdminCreateProgram = z.infer<typeof AdminCreateProgram>

export const AdminUpdateProgram = z.object(programFields).partial().strict()
export type AdminUpdateProgram = z.infer<typeof AdminUpdateProgram>

export const AdminCreateCsrStaff = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email: must be an email address" }).max(200),
    name: text(120),
    program_ids: z.array(id).min(1, "program_ids: give at least one program").max(20),
    password: z.string().min(10, "password: at least 10 characters").max(200),
  })
  .strict()
export type AdminCreateCsrStaff = z.infer<typeof AdminCreateCsrStaff>

export const AdminUpdateCsrStaff = z
  .object({
    name: text(120),
    program_ids: z.array(id).min(1, "program_ids: give at least one program").max(20),
    is_active: z.boolean(),
  })
  .partial()
  .strict()
export type AdminUpdateCsrStaff = z.infer<typeof AdminUpdateCsrStaff>

const expoFields = {
  handle,
  name: text(120),
  venue: text(200),
  city: text(80),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  promo_code: z.string().trim().regex(/^[A-Z0-9_-]{3,40}$/, "promo_code: use 3–40 capital letters, digits, - or _").nullable(),
  promo_percentage: z.number().int("promo_percentage: a whole number").min(1, "promo_percentage: 1 to 50").max(50, "promo_percentage: 1 to 50"),
}

export const PortalCreateExpo = z
  .object({
    ...expoFields,
    promo_code: expoFields.promo_code.optional(),
    promo_percentage: expoFields.promo_percentage.default(10),
    program_id: id,
    product_ids: z.array(id).max(200).default([]),
  })
  .strict()
  // zod 4 runs this even when a field failed: then the field's own error is the one to report
  .refine((e) => !(e.starts_at instanceof Date && e.ends_at instanceof Date) || e.ends_at.getTime() >= e.starts_at.getTime(), {
    message: "ends_at: must not be before starts_at",
    path: ["ends_at"],
  })
export type PortalCreateExpo = z.infer<typeof PortalCreateExpo>

export const PortalUpdateExpo = z.object(expoFields).partial().strict()
export type PortalUpdateExpo = z.infer<typeof PortalUpdateExpo>

export const PortalSetExpoProducts = z.object({ product_ids: z.array(id).max(200) }).strict()
export type PortalSetExpoProducts = z.infer<typeof PortalSetExpoProducts>
