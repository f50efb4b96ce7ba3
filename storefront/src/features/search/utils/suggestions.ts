// What the header search box's suggestions panel shows and how the arrow keys move through it, free of React so it
// is tested on its own (the component only wires these to the input's events).
import type { SearchHit } from "../api/search-products"

/** Products listed under the box; the rest are one "see all" away. */
export const SUGGESTION_LIMIT = 5
/** Fewer characters match half the catalogue: the buyer is not done typing. */
export const MIN_SUGGEST_LENGTH = 2
/** A pause this long means the buyer waits for an answer; shorter gaps are typing (~5 keys a second or faster). */
export const SUGGEST_DELAY_MS = 220

/** `words` normalized (search-params.ts normalizeQuery). */
export const canSuggest = (words: string) => words.length >= MIN_SUGGEST_LENGTH

export type SuggestionOption = { kind: "product"; hit: SearchHit } | { kind: "all"; q: string }

/** An option's identity across answers: the highlight follows the product, not its place in the list. */
export const optionKey = (option: SuggestionOption) => (option.kind === "product" ? option.hit.id : "all")

export type SuggestionView = {
  /** what the panel lists: the products first, then "see all results for …" when there is any product */
  options: SuggestionOption[]
  /** the words are not settled yet, or their answer is on the way: the list shown (if any) is the previous one */
  loading: boolean
  /** the settled words found nothing */
  empty: boolean
  /** the search failed and nothing is left to show */
  failed: boolean
}

export function suggestionView(input: {
  /** the words in the box now */
  typed: string
  /** the words the query is for (typed, once the buyer paused) */
  term: string
  /** the query's data: the term's, or the previous term's while the term's loads */
  result: { hits: SearchHit[] } | undefined
  fetching: boolean
  failed: boolean
}): SuggestionView {
  const loading = input.typed !== input.term || input.fetching
  if (input.failed && !loading) return { options: [], loading: false, empty: false, failed: true }
  const hits = input.result?.hits.slice(0, SUGGESTION_LIMIT) ?? []
  const options: SuggestionOption[] = hits.map((hit) => ({ kind: "product", hit }))
  if (hits.length > 0) options.push({ kind: "all", q: input.typed })
  return { options, loading, empty: !loading && input.result !== undefined && hits.length === 0, failed: false }
}

/**
 * The highlighted option after an arrow key, -1 being the box itself (the typed words): Down walks the list and
 * comes back to the box after the last option, Up walks it backwards, as store search boxes do. `undefined`: not
 * an arrow key, the input keeps its own behaviour (Home and End move the caret).
 */
export function moveActive(active: number, key: string, count: number): number | undefined {
  if (key !== "ArrowDown" && key !== "ArrowUp") return undefined
  if (count <= 0) return -1
  const from = active >= 0 && active < count ? active : -1
  if (key === "ArrowDown") return from + 1 < count ? from + 1 : -1
  return from === -1 ? count - 1 : from - 1
}

/** A panel line quotes at most this much of the words. */
const QUOTED_LENGTH = 40

export const quoteWords = (words: string) => (words.length > QUOTED_LENGTH ? `${words.slice(0, QUOTED_LENGTH)}…` : words)
