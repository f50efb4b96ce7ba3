// A product's words in the buyer's language: Indonesian in the product itself, English in its metadata
// (title_en, subtitle_en, description_en, as the Portal saves them), falling back to Indonesian when missing.
import type { Language } from "../../../lib/i18n"

type Metadata = Record<string, unknown> | null | undefined

export type TextSource = {
  title: string
  subtitle?: string | null
  description?: string | null
  /** a search hit carries its English title here */
  title_en?: string | null
  metadata?: Metadata
}

export type ProductTexts = { title: string; subtitle: string | null; description: string | null }

function englishField(product: TextSource, field: "title" | "subtitle" | "description"): string | null {
  if (field === "title" && product.title_en?.trim()) return product.title_en.trim()
  const value = product.metadata?.[`${field}_en`]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

const orNull = (value: string | null | undefined) => (value?.trim() ? value : null)

export function productTexts(product: TextSource, language: Language): ProductTexts {
  const own = { title: product.title, subtitle: orNull(product.subtitle), description: orNull(product.description) }
  if (language !== "en") return own
  return {
    title: englishField(product, "title") ?? own.title,
    subtitle: englishField(product, "subtitle") ?? own.subtitle,
    description: englishField(product, "description") ?? own.description,
  }
}

export const productTitle = (product: TextSource, language: Language) => productTexts(product, language).title
