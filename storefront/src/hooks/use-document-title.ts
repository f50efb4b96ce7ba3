import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/** The page's <meta name="description">, made once if index.html has none. */
function descriptionMeta(): HTMLMetaElement {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]')
  if (!meta) {
    meta = document.createElement("meta")
    meta.name = "description"
    document.head.appendChild(meta)
  }
  return meta
}

/** A description for search results and link previews: one line of plain text, at most ~160 characters. */
export function summarize(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, "")}…`
}

/**
 * Sets document.title to "<page> · Karya Lapas" (or just the brand when page is empty), and the meta description
 * to `description`, or the store's own description when the page gives none (so a page never keeps the last one's).
 */
export function useDocumentTitle(page: string | undefined, description?: string): void {
  const { t } = useTranslation()
  const suffix = t("app.titleSuffix")
  const fallback = t("home.metaDescription")
  useEffect(() => {
    document.title = page ? `${page} · ${suffix}` : suffix
  }, [page, suffix])
  useEffect(() => {
    descriptionMeta().content = summarize(description || fallback)
  }, [description, fallback])
}
