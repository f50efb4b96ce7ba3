import { model } from "@medusajs/framework/utils"

/** The PostgreSQL provider's index: one row per published product (the id is the product's). The migration adds the
 * full-text columns (`indonesian` and `simple` tsvectors, generated) and a pg_trgm index for typos. */
export const SearchDocumentRow = model.define("search_document", {
  id: model.text().primaryKey(),
  handle: model.text(),
  title: model.text(),
  title_text: model.text(),
  keywords_text: model.text(),
  body_text: model.text(),
  document: model.json(),
  facility_handle: model.text().nullable(),
  province: model.text().nullable(),
  craft: model.text().nullable(),
  programs: model.array(),
  motifs: model.array(),
  price_min: model.number().nullable(),
  price_max: model.number().nullable(),
  in_stock: model.boolean(),
  published_at: model.number(),
})
