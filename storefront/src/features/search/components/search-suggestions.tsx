// The header search box's suggestions panel (loaded on first use, with the search strings and its styles): a listbox
// of the first products, each with its photo, price and facility, then "see all results"; a status line says when it
// is searching or found nothing. The box (header-search.tsx) owns the keyboard and which option is highlighted.
import "../i18n"
import "../search-suggestions.css"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import type { SearchHit } from "../api/search-products"
import { optionKey, quoteWords, type SuggestionOption, type SuggestionView } from "../utils/suggestions"
import { HitPrice } from "./hit-price"

export type SearchSuggestionsProps = {
  listboxId: string
  optionId: (index: number) => string
  /** the words the shown answer is for */
  term: string
  view: SuggestionView
  /** the highlighted option's index, -1 for none */
  active: number
  onHighlight: (index: number) => void
  /** after a click on an option, before its link navigates */
  onPick: (option: SuggestionOption) => void
}

function Product({ hit }: { hit: SearchHit }) {
  const { i18n } = useTranslation()
  const title = i18n.resolvedLanguage === "en" && hit.title_en?.trim() ? hit.title_en : hit.title
  return (
    <>
      {hit.thumbnail ? (
        <img className="search-suggest__thumb" src={hit.thumbnail} alt="" width={48} height={60} decoding="async" />
      ) : (
        <span className="search-suggest__thumb" aria-hidden="true" />
      )}
      <div className="search-suggest__text">
        <span className="search-suggest__title">{title}</span>
        <HitPrice hit={hit} />
        {hit.facility_name && <span className="search-suggest__facility">{hit.facility_name}</span>}
      </div>
    </>
  )
}

export function SearchSuggestions({ listboxId, optionId, term, view, active, onHighlight, onPick }: SearchSuggestionsProps) {
  const { t } = useTranslation()
  const products = view.options.filter((option) => option.kind === "product").length
  const status = view.failed
    ? t("search.suggest.error")
    : view.loading
      ? t("search.suggest.loading")
      : view.empty
        ? t("search.suggest.empty", { q: quoteWords(term) })
        : t("search.suggest.count", { count: products })

  return (
    // Pressing on the panel keeps the focus (and the phone's keyboard) in the box until the click picks an option.
    <div className="search-suggest" onMouseDown={(event) => event.preventDefault()}>
      <p
        className={view.loading || view.empty || view.failed ? "search-suggest__status" : "visually-hidden"}
        role="status"
      >
        {status}
      </p>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("search.suggest.label")}
        aria-busy={view.loading}
        className={view.loading ? "search-suggest__list search-suggest__list--updating" : "search-suggest__list"}
      >
        {view.options.map((option, index) => (
          <li
            key={optionKey(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-suggest__option"
            onMouseMove={() => index !== active && onHighlight(index)}
          >
            {option.kind === "product" ? (
              <Link
                to="/products/$handle"
                params={{ handle: option.hit.handle }}
                tabIndex={-1}
                className="search-suggest__link"
                onClick={() => onPick(option)}
              >
                <Product hit={option.hit} />
              </Link>
            ) : (
              <Link
                to="/cari"
                search={{ q: option.q }}
                tabIndex={-1}
                className="search-suggest__link search-suggest__all"
                onClick={() => onPick(option)}
              >
                {t("search.suggest.seeAll", { q: quoteWords(option.q) })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
