// The participant form's state and its mapping to the portal's bodies.
import type {
  CreateParticipantBody,
  Participant,
  ParticipantBody,
} from "../api/types"

export type ParticipantFormValues = {
  display_name: string
  legal_name: string
  registration_number: string
  skills: string[]
  story_id: string
  story_en: string
  /** yyyy-mm-dd or "" */
  joined_at: string
  /** only on create; later consent has its own actions */
  consent_display_name: boolean
  consent_story: boolean
}

export const PARTICIPANT_FIELDS = [
  "display_name",
  "legal_name",
  "registration_number",
  "skills",
  "story_id",
  "story_en",
  "joined_at",
] as const
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number]

export type ParticipantFormErrors = Partial<Record<ParticipantField, "required">>

export function emptyParticipantForm(): ParticipantFormValues {
  return {
    display_name: "",
    legal_name: "",
    registration_number: "",
    skills: [],
    story_id: "",
    story_en: "",
    joined_at: "",
    consent_display_name: false,
    consent_story: false,
  }
}

export function participantToForm(p: Participant): ParticipantFormValues {
  return {
    display_name: p.display_name,
    legal_name: p.legal_name,
    registration_number: p.registration_number,
    skills: [...p.skills],
    story_id: p.story_id ?? "",
    story_en: p.story_en ?? "",
    joined_at: p.joined_at ? p.joined_at.slice(0, 10) : "",
    consent_display_name: p.consent_display_name,
    consent_story: p.consent_story,
  }
}

export function validateParticipantForm(
  values: ParticipantFormValues
): ParticipantFormErrors {
  const errors: ParticipantFormErrors = {}
  for (const field of ["display_name", "legal_name", "registration_number"] as const) {
    if (!values[field].trim()) errors[field] = "required"
  }
  return errors
}

/** The update body: what the update route accepts (the join date is set on create only). */
export function toParticipantBody(values: ParticipantFormValues): ParticipantBody {
  return {
    display_name: values.display_name.trim(),
    legal_name: values.legal_name.trim(),
    registration_number: values.registration_number.trim(),
    skills: values.skills,
    story_id: values.story_id.trim() || null,
    story_en: values.story_en.trim() || null,
  }
}

export function toCreateParticipantBody(
  values: ParticipantFormValues
): CreateParticipantBody {
  const { story_id, story_en, ...rest } = toParticipantBody(values)
  return {
    ...rest,
    // Left out rather than null on create: the server fills its defaults.
    ...(story_id ? { story_id } : {}),
    ...(story_en ? { story_en } : {}),
    ...(values.joined_at ? { joined_at: `${values.joined_at}T00:00:00.000Z` } : {}),
    consent_display_name: values.consent_display_name,
    consent_story: values.consent_story,
  }
}

/** Skills known to the facilities module (participant model), in display order. */
export const SKILLS = [
  "batik_tulis",
  "batik_cap",
  "songket",
  "menjahit",
  "anyaman",
  "olahan_pangan",
  "kue",
  "salon",
  "hidroponik",
] as const
export type Skill = (typeof SKILLS)[number]
export const isSkill = (value: string): value is Skill =>
  (SKILLS as readonly string[]).includes(value)
