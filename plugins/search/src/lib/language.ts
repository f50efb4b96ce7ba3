// How search reads Indonesian (and English) queries: words, stop words, and the synonyms buyers use for crafts.

/** Common Indonesian function words that carry no meaning in a product search (PostgreSQL ships no Indonesian
 * stop-word list; Meilisearch gets the same list). */
export const STOP_WORDS = [
  "ada", "adalah", "agar", "akan", "aku", "anda", "atau", "bagi", "bahwa", "buat", "dalam", "dan", "dari", "dengan",
  "di", "dia", "hingga", "ini", "itu", "jika", "juga", "kami", "karena", "ke", "kita", "lagi", "mau", "oleh", "pada",
  "para", "saja", "sang", "saya", "sebagai", "secara", "sedang", "serta", "si", "sudah", "tapi", "tentang", "untuk",
  "yang", "the", "of", "and", "for", "with", "a", "an",
]

/** Words buyers use for the same thing. Each group is matched as one word. */
export const SYNONYM_GROUPS = [
  ["kain", "wastra"],
  ["tenun", "songket"],
  ["kue", "kudapan", "camilan", "cookies"],
  ["tas", "anyaman", "bag"],
  ["baju", "kemeja", "blus", "pakaian"],
  ["batik", "batique"],
]

/** Meilisearch's synonyms setting: every word of a group maps to the others. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of SYNONYM_GROUPS) for (const word of group) out[word] = group.filter((w) => w !== word)
  return out
}

const stop = new Set(STOP_WORDS)

/** The query's words, lower case, letters and digits only, without stop words; at most 10. */
export function queryWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !stop.has(w))
  return [...new Set(words)].slice(0, 10)
}

/** A word and its synonyms. */
export function alternatives(word: string): string[] {
  const group = SYNONYM_GROUPS.find((g) => g.includes(word))
  return group ? [word, ...group.filter((w) => w !== word)] : [word]
}
