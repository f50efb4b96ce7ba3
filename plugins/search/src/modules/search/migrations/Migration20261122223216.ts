import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122223216 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_document" ("id" text not null, "handle" text not null, "title" text not null, "title_text" text not null, "keywords_text" text not null, "body_text" text not null, "document" jsonb not null, "facility_handle" text null, "province" text null, "craft" text null, "programs" text[] not null, "motifs" text[] not null, "price_min" integer null, "price_max" integer null, "in_stock" boolean not null, "published_at" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    // Written by hand: the full-text columns of the PostgreSQL provider. Titles weigh most, then motifs, crafts,
    // places and makers, then descriptions; `indonesian` stems, `simple` keeps words as they are (the stemmer
    // over-stems: kemeja → meja), and pg_trgm catches typos on the short keyword text.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "search_document" add column "tsv_id" tsvector generated always as (setweight(to_tsvector('indonesian', "title_text"), 'A') || setweight(to_tsvector('indonesian', "keywords_text"), 'B') || setweight(to_tsvector('indonesian', "body_text"), 'C')) stored;`);
    this.addSql(`alter table "search_document" add column "tsv_simple" tsvector generated always as (setweight(to_tsvector('simple', "title_text"), 'A') || setweight(to_tsvector('simple', "keywords_text"), 'B') || setweight(to_tsvector('simple', "body_text"), 'C')) stored;`);
    this.addSql(`create index if not exists "IDX_search_document_tsv_id" on "search_document" using gin ("tsv_id");`);
    this.addSql(`create index if not exists "IDX_search_document_tsv_simple" on "search_document" using gin ("tsv_simple");`);
    this.addSql(`create index if not exists "IDX_search_document_keywords_trgm" on "search_document" using gin ("keywords_text" gin_trgm_ops);`);
    this.addSql(`create index if not exists "IDX_search_document_facets" on "search_document" ("facility_handle", "province", "craft");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);
  }

}
