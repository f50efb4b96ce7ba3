// Words about a motif that the gallery and the motif page share: its creators, where it comes from, its story.
import type { StoreMotif } from "../api/get-product-motifs"

/**
 * The creators as the API credits them (a chosen name, or the facility's anonymous label, which has a comma of its
 * own), largest share first, as a list in the language: "Ibu S. dan Pembuat, Lapas Perempuan Jambi".
 */
export function creatorNames(motif: Pick<StoreMotif, "creators">, language: "id" | "en"): string {
  const labels = motif.creators.map((creator) => creator.label.trim()).filter(Boolean)
  return new Intl.ListFormat(language === "en" ? "en" : "id", { type: "conjunction" }).format(labels)
}

/** Where the motif comes from: its facility's short name and the place of first publication, without repeats. */
export function motifOrigin(motif: Pick<StoreMotif, "facility" | "first_published_place">): string | null {
  const parts = [motif.facility?.short_name, motif.first_published_place]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
  const unique = parts.filter((part, i) => !parts.slice(0, i).some((earlier) => earlier.includes(part)))
  return unique.length > 0 ? unique.join(" · ") : null
}

export function motifStory(motif: Pick<StoreMotif, "description">, language: "id" | "en"): string | null {
  const { id, en } = motif.description
  const text = (language === "en" ? en || id : id || en)?.trim()
  return text || null
}

/** The number to cite: the DJKI registration number once registered, otherwise the application number. */
export function motifNumber(
  motif: Pick<StoreMotif, "status" | "registration_number" | "application_number">
): { kind: "registration" | "application"; number: string } | null {
  if (motif.registration_number) return { kind: "registration", number: motif.registration_number }
  if (motif.application_number) return { kind: "application", number: motif.application_number }
  return null
}
