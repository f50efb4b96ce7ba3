import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SearchDocument } from "../../../lib/document"
import { alternatives, queryWords } from "../../../lib/language"
import { FACETS, type Facet, type SearchQuery } from "../../../lib/search-params"
import { HIT_FIELDS, type SearchProvider, type SearchResult } from "./types"

const TABLE = "search_document"
/** How close a misspelt word must be to a word of a title, motif or place (pg_trgm word similarity). */
export const TYPO_SIMILARITY = 0.5

const COLUMN: Record<Facet, { column: string; array: boolean }> = {
  facility: { column: "facility_handle", array: false },
  province: { column: "province", array: false },
  craft: { column: "craft", array: false },
  program: { column: "programs", array: true },
  motif: { column: "motifs", array: true },
}

const ORDER: Record<Exclude<SearchQuery["sort"], "relevance">, string> = {
  price_asc: "price_min asc nulls last, id",
  price_desc: "price_max desc nulls last, id",
  newest: "published_at desc, id",
  title: "title asc, id",
}

export function toRow(d: SearchDocument) {
  return {
    id: d.id,
    handle: d.handle,
    title: d.title,
    title_text: [d.title, d.title_en].join(" "),
    keywords_text: [d.title, d.title_en, ...d.motifs, d.craft_name, d.facility_name, d.city, d.province, ...d.makers, ...d.motif_numbers]
      .filter(Boolean)
      .join(" ")
      .toLowerCase(),
    body_text: [d.description, d.description_en].join(" "),
    document: d,
    facility_handle: d.facility_handle,
    province: d.province,
    craft: d.craft,
    programs: d.programs,
    motifs: d.motifs,
    price_min: d.price_min,
    price_max: d.price_max,
    in_stock: d.in_stock,
    published_at: d.created_at,
  }
}

/**
 * PostgreSQL full-text search: every query word (or one of its synonyms) must match, by the `simple` tsvector as a
 * prefix, by the `indonesian` (stemmed) tsvector, or, for typos, by pg_trgm word similarity to the words of titles,
 * motifs, crafts and places. Ranked by both tsvectors and the similarity to the title.
 */
export class PostgresProvider implements SearchProvider {
  readonly name = "postgres" as const

  constructor(private readonly knex: () => Knex) {}

  async upsert(documents: SearchDocument[]) {
    if (!documents.length) return
    const now = new Date()
    await this.knex()(TABLE)
      .insert(documents.map((d) => ({ ...toRow(d), document: JSON.stringify(d), created_at: now, updated_at: now })))
      .onConflict("id")
      .merge()
  }

  async remove(ids: string[]) {
    if (ids.length) await this.knex()(TABLE).whereIn("id", ids).delete()
  }

  /** In one transaction: readers see the old rows until it commits, then the new ones (never an empty index). */
  async replaceAll(batches: AsyncIterable<SearchDocument[]>, progress?: (done: number) => void) {
    let done = 0
    await this.knex().transaction(async (trx) => {
      await trx(TABLE).delete()
      const now = new Date()
      for await (const batch of batches) {
        if (batch.length) await trx(TABLE).insert(batch.map((d) => ({ ...toRow(d), document: JSON.stringify(d), created_at: now, updated_at: now })))
        done += batch.length
        progress?.(done)
      }
    })
    return done
  }

  /** Whether any document has the word (or a synonym): typos are looked for only for words the index does not know. */
  private async known(knex: Knex, prefix: string, stemmed: string) {
    const { rows } = await knex.raw(
      `select exists (select 1 from ${TABLE} where tsv_simple @@ to_tsquery('simple', ?) or tsv_id @@ to_tsquery('indonesian', ?)) as known`,
      [prefix, stemmed]
    )
    return Boolean(rows[0]?.known)
  }

  async count() {
    const row = await this.knex()(TABLE).count({ n: "*" }).first()
    return Number(row?.n ?? 0)
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const started = process.hrtime.bigint()
    const knex = this.knex()
    const words = queryWords(q.q)
    const matched = knex(TABLE).select("*")
    const rank: string[] = []
    const rankBindings: string[] = []
    for (const word of words) {
      const alts = alternatives(word)
      // the buyer's own word as a prefix ("batik t" → tulis), its synonyms as whole words ("bag" must not find "bagian")
      const prefix = [`${alts[0]}:*`, ...alts.slice(1)].join(" | ")
      const stemmed = alts.join(" | ")
      // Typos only for a word the index does not know, and never in numbers: a real word ("parang") must not also
      // find its look-alikes ("palembang"), nor a DJKI number its neighbours.
      const fuzzy =
        alts.filter((a) => a.length >= 4 && /[a-z]/.test(a)).length && !(await this.known(knex, prefix, stemmed))
          ? alts.filter((a) => a.length >= 4 && /[a-z]/.test(a))
          : []
      matched.where((w) => {
        w.whereRaw("tsv_simple @@ to_tsquery('simple', ?)", [prefix]).orWhereRaw("tsv_id @@ to_tsquery('indonesian', ?)", [stemmed])
        // only for a word no document has (checked once above), so the similarity scan runs for typos alone
        for (const a of fuzzy) w.orWhereRaw("word_similarity(?, keywords_text) >= ?", [a, TYPO_SIMILARITY])
      })
      rank.push(
        "ts_rank(tsv_simple, to_tsquery('simple', ?)) + 2 * ts_rank(tsv_id, to_tsquery('indonesian', ?)) + greatest(" +
          alts.map(() => "word_similarity(?, title_text)").join(", ") +
          ")"
      )
      rankBindings.push(prefix, stemmed, ...alts)
    }
    const textMatched = matched.clone()
    applyFilters(matched, q)

    const scored = knex
      .select("*", knex.raw(`${rank.length ? rank.join(" + ") : "0"} as score`, rankBindings))
      .from(matched.as("m"))
    const order = q.sort === "relevance" ? "score desc, title asc, id" : ORDER[q.sort]
    const [hits, total, facetRows] = await Promise.all([
      knex.select("document").from(scored.as("s")).orderByRaw(order).limit(q.limit).offset((q.page - 1) * q.limit),
      knex.count({ n: "*" }).from(matched.clone().as("c")).first(),
      facetCounts(knex, (except) => applyFilters(textMatched.clone(), q, except)),
    ])
    const facets = Object.fromEntries(FACETS.map((f) => [f, {} as Record<string, number>])) as SearchResult["facets"]
    for (const row of facetRows as { facet: Facet; value: string; n: number }[]) facets[row.facet][row.value] = Number(row.n)
    return {
      hits: (hits as { document: SearchDocument }[]).map(({ document }) => pick(typeof document === "string" ? JSON.parse(document) : document)),
      facets,
      total: Number(total?.n ?? 0),
      page: q.page,
      limit: q.limit,
      processing_time_ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
      provider: this.name,
    }
  }
}

/** The facet, price and stock filters of a query, except one facet's own (for that facet's counts). */
function applyFilters(qb: Knex.QueryBuilder, q: SearchQuery, except?: Facet) {
  for (const facet of FACETS) {
    const values = q[facet]
    if (!values?.length || facet === except) continue
    const { column, array } = COLUMN[facet]
    if (array) qb.whereRaw(`${column} && ?::text[]`, [values])
    else qb.whereIn(column, values)
  }
  if (q.price_min !== undefined) qb.where("price_max", ">=", q.price_min)
  if (q.price_max !== undefined) qb.where("price_min", "<=", q.price_max)
  if (q.in_stock !== undefined) qb.where("in_stock", q.in_stock)
  return qb
}

/** Counts of each facet's values (array facets counted per element) among the products that match the query and
 * every other filter: a facet's own selection does not hide its other values, so a buyer can tick several. */
async function facetCounts(knex: Knex, matchedExcept: (facet: Facet) => Knex.QueryBuilder) {
  const perFacet = await Promise.all(
    FACETS.map(async (facet) => {
      const { column, array } = COLUMN[facet]
      const values = matchedExcept(facet).clearSelect().select(knex.raw(`${array ? `unnest(${column})` : column} as v`))
      const counts = await knex.select("v").count({ n: "*" }).from(values.as("x")).whereNotNull("v").groupBy("v")
      return (counts as { v: string; n: number }[]).map((c) => ({ facet, value: c.v, n: Number(c.n) }))
    })
  )
  return perFacet.flat()
}

function pick(d: SearchDocument): SearchResult["hits"][number] {
  return Object.fromEntries(HIT_FIELDS.map((k) => [k, d[k]])) as SearchResult["hits"][number]
}
