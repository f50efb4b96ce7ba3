import type { Context, Logger } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SearchDocument } from "../../lib/document"
import type { SearchQuery } from "../../lib/search-params"
import { SearchDocumentRow } from "./models/search-document"
import { MeilisearchProvider } from "./providers/meilisearch"
import { PostgresProvider } from "./providers/postgres"
import type { SearchResult } from "./providers/types"

type SqlManager = { getTransactionContext(): Knex.Transaction | undefined; getKnex(): Knex }
const knexOf = (ctx: Context): Knex => {
  const manager = (ctx.transactionManager ?? ctx.manager) as SqlManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

/** The client's error and, when it wraps one (a failed request), what failed underneath. */
function errorText(e: unknown) {
  const { message, cause } = e as { message: string; cause?: unknown }
  return cause instanceof Error ? `${message}: ${cause.message}` : message
}

/**
 * One search service, two providers with the same results. The PostgreSQL index is always kept (it is the fallback);
 * Meilisearch is used when `MEILISEARCH_HOST` is set (and `KARYA_SEARCH` is not `postgres`). If Meilisearch does not
 * answer within its timeout, a search is answered from PostgreSQL and the failure is logged; a failed write to it is
 * repaired by the scheduled reindex.
 */
export default class SearchModuleService extends MedusaService({ SearchDocumentRow }) {
  protected readonly logger_: Logger
  protected readonly meilisearch_: MeilisearchProvider | null

  constructor(deps: { logger: Logger }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = deps.logger
    const host = process.env.MEILISEARCH_HOST
    this.meilisearch_ =
      host && process.env.KARYA_SEARCH !== "postgres"
        ? new MeilisearchProvider({ host, apiKey: process.env.MEILISEARCH_API_KEY, timeoutMs: Number(process.env.MEILISEARCH_TIMEOUT_MS ?? 2000) })
        : null
  }

  /** Which provider answers searches when all is well. */
  get providerName(): SearchResult["provider"] {
    return this.meilisearch_ ? "meilisearch" : "postgres"
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    if (this.meilisearch_) {
      try {
        return await this.meilisearch_.search(query)
      } catch (e) {
        this.logger_.warn(`search: Meilisearch did not answer (${errorText(e)}); answering from PostgreSQL`)
      }
    }
    return this.searchPostgres_(query)
  }

  /** The fallback, with a database manager (the Meilisearch path above needs none, so it does not fork one). */
  @InjectManager()
  protected async searchPostgres_(query: SearchQuery, @MedusaContext() ctx: Context = {}): Promise<SearchResult> {
    return new PostgresProvider(() => knexOf(ctx)).search(query)
  }

  @InjectManager()
  async upsertDocuments(documents: SearchDocument[], @MedusaContext() ctx: Context = {}) {
    await new PostgresProvider(() => knexOf(ctx)).upsert(documents)
    await this.meilisearch_?.upsert(documents).catch((e) => this.logger_.warn(`search: Meilisearch update failed: ${errorText(e)}`))
  }

  @InjectManager()
  async removeDocuments(ids: string[], @MedusaContext() ctx: Context = {}) {
    await new PostgresProvider(() => knexOf(ctx)).remove(ids)
    await this.meilisearch_?.remove(ids).catch((e) => this.logger_.warn(`search: Meilisearch delete failed: ${errorText(e)}`))
  }

  /** Rebuilds both indexes from `batches()` (called once per provider), swapping each at the end. */
  @InjectManager()
  async replaceAll(
    batches: () => AsyncIterable<SearchDocument[]>,
    progress?: (provider: SearchResult["provider"], done: number) => void,
    @MedusaContext() ctx: Context = {}
  ) {
    const postgres = await new PostgresProvider(() => knexOf(ctx)).replaceAll(batches(), (n) => progress?.("postgres", n))
    const meilisearch = this.meilisearch_ ? await this.meilisearch_.replaceAll(batches(), (n) => progress?.("meilisearch", n)) : null
    return { postgres, meilisearch }
  }

  @InjectManager()
  async countDocuments(@MedusaContext() ctx: Context = {}) {
    return {
      postgres: await new PostgresProvider(() => knexOf(ctx)).count(),
      meilisearch: this.meilisearch_ ? await this.meilisearch_.count().catch(() => null) : null,
    }
  }

  /** Searches one provider explicitly (tests run the same relevance set against both). */
  @InjectManager()
  async searchWith(provider: SearchResult["provider"], query: SearchQuery, @MedusaContext() ctx: Context = {}) {
    if (provider === "meilisearch") {
      if (!this.meilisearch_) throw new Error("Meilisearch is not configured (MEILISEARCH_HOST)")
      return this.meilisearch_.search(query)
    }
    return new PostgresProvider(() => knexOf(ctx)).search(query)
  }
}
