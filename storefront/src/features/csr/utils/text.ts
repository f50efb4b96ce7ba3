// Searching as a person types: case and accents do not matter, and every word typed must appear.
export const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()

/** Whether `text` holds every word of `query` (an empty query matches everything). */
export function matchesWords(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (!words.length) return true
  const folded = fold(text)
  return words.every((w) => folded.includes(w))
}
