import type { Participant } from "../api/types"

export type ConsentState = "given" | "withdrawn" | "none"

/** Withdrawn wins over a consent given before it; consent given again after a withdrawal counts. */
export function consentState(
  p: Pick<Participant, "consent_display_name" | "consent_story" | "consent_given_at" | "consent_withdrawn_at">
): ConsentState {
  const given = p.consent_given_at ? Date.parse(p.consent_given_at) : null
  const withdrawn = p.consent_withdrawn_at ? Date.parse(p.consent_withdrawn_at) : null
  if (withdrawn !== null && (given === null || withdrawn >= given)) return "withdrawn"
  return p.consent_display_name || p.consent_story ? "given" : "none"
}
