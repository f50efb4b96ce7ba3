// The filter column of /cari: stock, price range and the facets with their counts. On a phone it folds away
// behind one button; from a tablet up it is always open beside the results.
import { useNavigate } from "@tanstack/react-router"
import { useId, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { SearchFacetCounts } from "../api/search-products"
import { facetOptions, type FacetOption, type LabelFor } from "../utils/facet-options"
import { activeFilterCount, refineSearch, toggleFacet } from "../utils/refine-search"
import { parseRupiahInput } from "../utils/rupiah-input"
import { facetValues, SEARCH_FACETS, type SearchFacet, type StoreSearch } from "../utils/search-params"

/** Values shown before "show all" (ticked ones are always shown); a list at most two longer is shown whole. */
const COLLAPSED_OPTIONS = 6
const COLLAPSE_AFTER = COLLAPSED_OPTIONS + 2

export function SearchFilters({
  search,
  facets,
  total,
  labelFor,
}: {
  search: StoreSearch
  facets: SearchFacetCounts
  /** products matched, for the phone's "show results" button */
  total: number
  labelFor: LabelFor
}) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const active = activeFilterCount(search)
  // Every change is a new history entry, so Back undoes it; the page stays where the buyer is.
  const go = (next: StoreSearch) => void navigate({ to: "/cari", search: next, resetScroll: false })

  return (
    <aside className="search-filters" aria-labelledby="search-filters-heading">
      <button
        ref={toggle}
        type="button"
        className="button button--ghost search-filters__toggle"
        aria-expanded={open}
        aria-controls="search-filters-panel"
        onClick={() => setOpen((value) => !value)}
      >
        {active ? t("search.filters.toggleCount", { count: active }) : t("search.filters.toggle")}
      </button>
      <div
        id="search-filters-panel"
        className={open ? "search-filters__panel search-filters__panel--open" : "search-filters__panel"}
      >
        <h2 id="search-filters-heading" className="search-filters__heading">
          {t("search.filters.heading")}
        </h2>
        <label className="facet__option search-filters__stock">
          <input
            type="checkbox"
            checked={search.in_stock === true}
            onChange={(event) => go(refineSearch(search, { in_stock: event.target.checked ? true : undefined }))}
          />
          <span className="facet__label">{t("search.filters.inStock")}</span>
        </label>
        <PriceFilter
          key={`${search.price_min ?? ""}|${search.price_max ?? ""}`}
          search={search}
          onApply={go}
        />
        {SEARCH_FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            options={facetOptions(facet, facets[facet], facetValues(search, facet), labelFor, i18n.resolvedLanguage)}
            onToggle={(value) => go(toggleFacet(search, facet, value))}
          />
        ))}
        <button
          type="button"
          className="button search-filters__done"
          onClick={() => {
            // Folds the filters away and brings the results up under the thumb.
            setOpen(false)
            toggle.current?.scrollIntoView({ block: "start" })
            toggle.current?.focus({ preventScroll: true })
          }}
        >
          {t("search.filters.done", { count: total })}
        </button>
      </div>
    </aside>
  )
}

function FacetGroup({
  facet,
  options,
  onToggle,
}: {
  facet: SearchFacet
  options: FacetOption[]
  onToggle: (value: string) => void
}) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  if (options.length === 0) return null
  const visible =
    expanded || options.length <= COLLAPSE_AFTER
      ? options
      : options.filter((option, index) => index < COLLAPSED_OPTIONS || option.selected)
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{t(`search.filters.${facet}`)}</legend>
      <ul className="facet__list">
        {visible.map((option) => (
          <li key={option.value}>
            <label className="facet__option">
              <input type="checkbox" checked={option.selected} onChange={() => onToggle(option.value)} />
              <span className="facet__label">{option.label}</span>
              <span className="facet__count" aria-hidden="true">
                {option.count}
              </span>
              <span className="visually-hidden">
                , {t("search.filters.optionCount", { count: option.count })}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {options.length > COLLAPSE_AFTER ? (
        <button
          type="button"
          className="facet__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t("search.filters.showFewer") : t("search.filters.showAll", { count: options.length })}
        </button>
      ) : null}
    </fieldset>
  )
}

/** Whole rupiah, typed as a buyer writes them ("150.000"); applied together, with the button or Enter. */
function PriceFilter({ search, onApply }: { search: StoreSearch; onApply: (next: StoreSearch) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const shown = (amount: number | undefined) => (amount === undefined ? "" : amount.toLocaleString("id-ID"))
  const [min, setMin] = useState(shown(search.price_min))
  const [max, setMax] = useState(shown(search.price_max))
  const [invalid, setInvalid] = useState(false)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const low = parseRupiahInput(min)
    const high = parseRupiahInput(max)
    if (low === null || high === null) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    const [priceMin, priceMax] = low !== undefined && high !== undefined && low > high ? [high, low] : [low, high]
    onApply(refineSearch(search, { price_min: priceMin, price_max: priceMax }))
  }

  return (
    <form className="facet price-filter" onSubmit={onSubmit} noValidate>
      <fieldset className="price-filter__fields">
        <legend className="facet__legend">{t("search.filters.price")}</legend>
        <div className="price-filter__inputs">
          <label className="price-filter__field">
            <span>{t("search.filters.priceMin")}</span>
            <input
              type="text"
              inputMode="numeric"
              name="price_min"
              value={min}
              onChange={(event) => setMin(event.target.value)}
              aria-invalid={invalid && parseRupiahInput(min) === null}
              aria-describedby={invalid ? `${id}-error` : undefined}
              autoComplete="off"
            />
          </label>
          <label className="price-filter__field">
            <span>{t("search.filters.priceMax")}</span>
            <input
              type="text"
              inputMode="numeric"
              name="price_max"
              value={max}
              onChange={(event) => setMax(event.target.value)}
              aria-invalid={invalid && parseRupiahInput(max) === null}
              aria-describedby={invalid ? `${id}-error` : undefined}
              autoComplete="off"
            />
          </label>
        </div>
        {invalid && (
          <p id={`${id}-error`} className="price-filter__error" role="alert">
            {t("search.filters.priceInvalid")}
          </p>
        )}
        <button type="submit" className="button button--ghost price-filter__apply">
          {t("search.filters.priceApply")}
        </button>
      </fieldset>
    </form>
  )
}
