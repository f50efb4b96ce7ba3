import type { CreateProgramBody, Program, UpdateProgramBody } from "./types"

/** The program form's state, every field as its input holds it (lists as typed text). */
export type ProgramFormValues = {
  handle: string
  name: string
  sponsor_company: string
  sponsor_unit: string
  /** YYYY-MM-DD from the date input, "" when none */
  start_date: string
  /** comma- or line-separated, e.g. "menjahit, anyaman tali meiwa" */
  skills: string
  /** e.g. "1.4, 8.5" or "SDG 1.4" */
  sdg_targets: string
  description_id: string
  description_en: string
  is_active: boolean
  facility_ids: string[]
}

export const emptyProgramForm: ProgramFormValues = {
  handle: "",
  name: "",
  sponsor_company: "",
  sponsor_unit: "",
  start_date: "",
  skills: "",
  sdg_targets: "",
  description_id: "",
  description_en: "",
  is_active: true,
  facility_ids: [],
}

/** The fields a server error can name, in the form's order. */
export const PROGRAM_FIELDS = [
  "handle",
  "name",
  "sponsor_company",
  "sponsor_unit",
  "start_date",
  "skills",
  "sdg_targets",
  "description_id",
  "description_en",
  "is_active",
  "facility_ids",
] as const
export type ProgramField = (typeof PROGRAM_FIELDS)[number]

/**
 * A typed list → its items: split on commas, semicolons and line breaks, spaces tidied, empty items and repeats
 * (ignoring case) dropped, the first spelling kept. "Menjahit, menjahit;\n roti  dan kue" → ["Menjahit", "roti dan kue"].
 */
export function parseList(text: string): string[] {
  const seen = new Set<string>()
  const items: string[] = []
  for (const raw of text.split(/[,;\n\r]+/)) {
    const item = raw.trim().replace(/\s+/g, " ")
    const key = item.toLocaleLowerCase("id")
    if (!item || seen.has(key)) continue
    seen.add(key)
    items.push(item)
  }
  return items
}

/**
 * SDG targets as operators write them → target numbers: "SDG 1.4, target 8.5 5.5" → ["1.4", "8.5", "5.5"]. Nothing is
 * judged here: "satu" stays "satu" and the API's 400 on `sdg_targets` says what is wrong.
 */
export function parseSdgTargets(text: string): string[] {
  const words = parseList(text).flatMap((item) => item.replace(/\b(sdgs?|target)\b\s*/gi, " ").trim().split(/\s+/))
  return [...new Set(words.filter(Boolean))]
}

export const formatList = (items: string[]) => items.join(", ")

export function programToForm(p: Program): ProgramFormValues {
  return {
    handle: p.handle,
    name: p.name,
    sponsor_company: p.sponsor.company,
    sponsor_unit: p.sponsor.unit,
    start_date: p.start_date ?? "",
    skills: formatList(p.skills),
    sdg_targets: formatList(p.sdg_targets),
    description_id: p.description.id,
    description_en: p.description.en,
    is_active: p.is_active,
    facility_ids: p.facilities.map((f) => f.id),
  }
}

/** Body for POST /admin/campaigns/programs: text trimmed, lists parsed, no start date left out. */
export function formToCreateBody(v: ProgramFormValues): CreateProgramBody {
  const start = v.start_date.trim()
  return {
    handle: v.handle.trim(),
    name: v.name.trim(),
    sponsor_company: v.sponsor_company.trim(),
    sponsor_unit: v.sponsor_unit.trim(),
    ...(start ? { start_date: start } : {}),
    skills: parseList(v.skills),
    sdg_targets: parseSdgTargets(v.sdg_targets),
    description_id: v.description_id.trim(),
    description_en: v.description_en.trim(),
    is_active: v.is_active,
    facility_ids: [...v.facility_ids],
  }
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n")

/**
 * Body for POST /admin/campaigns/programs/:id: only what changed from `initial`. `facility_ids` goes only when the set
 * changed, because the program lists its active facilities only and the route replaces the whole set: saving an
 * unrelated field must not unlink a facility that is inactive today. A cleared start date is sent as null.
 */
export function formToUpdateBody(v: ProgramFormValues, initial: ProgramFormValues): UpdateProgramBody {
  const next = { ...formToCreateBody(v), start_date: v.start_date.trim() || null }
  const before = { ...formToCreateBody(initial), start_date: initial.start_date.trim() || null }
  const body: UpdateProgramBody = {}
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    const a = next[key]
    const b = before[key]
    const changed =
      key === "facility_ids" ? !sameSet(a as string[], b as string[]) : JSON.stringify(a) !== JSON.stringify(b)
    if (changed) (body as Record<string, unknown>)[key] = a
  }
  return body
}

/** Suggests a handle from a name: "PATRA Academy 2027" → "patra-academy-2027". */
export function slugify(name: string) {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 80)
    .replace(/^-+|-+$/g, "")
}
