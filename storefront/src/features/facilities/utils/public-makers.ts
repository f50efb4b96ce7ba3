// How a facility page shows its makers: by the name each chose, with her story when she agreed to share it; the
// others only counted. The API has already applied consent; this never adds anything it did not send.
import type { Localized, PublicMaker } from "../api/types"

export type NamedMaker = { id: string; name: string; story: string | null }

export type MakerGroups = {
  /** makers who chose a name to be shown by */
  named: NamedMaker[]
  /** makers shown without a name */
  unnamed: number
}

/** The label the API gives a maker who has not consented to a name (plugins/facilities/README.md). */
export const anonymousLabel = (facilityShortName: string) => `Pembuat, ${facilityShortName}`

export function localized(text: Localized | null | undefined, language: "id" | "en"): string | null {
  if (!text) return null
  const value = (language === "en" ? text.en || text.id : text.id || text.en).trim()
  return value || null
}

export function groupMakers(makers: PublicMaker[], facilityShortName: string, language: "id" | "en"): MakerGroups {
  const anonymous = anonymousLabel(facilityShortName)
  const named: NamedMaker[] = []
  let unnamed = 0
  for (const maker of makers) {
    const label = maker.label.trim()
    if (!label || label === anonymous) {
      unnamed++
      continue
    }
    // Only the label and the story: skills and ids stay out of the page.
    named.push({ id: maker.id, name: label, story: localized(maker.story, language) })
  }
  named.sort((a, b) => a.name.localeCompare(b.name, "id"))
  return { named, unnamed }
}
