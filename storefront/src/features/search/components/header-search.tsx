// The buyer's search box in the header (handed to the layout by the app), a combobox. What makes it live (suggestions
// while she types, /cari following her words) is header-search-live.tsx, loaded when she first focuses the box: every
// page carries only this field. Without it (not loaded yet, or its file gone after a release) Enter opens /cari.
// On /cari the box shows what was searched, also after Back and Forward.
import { useNavigate, useRouterState } from "@tanstack/react-router"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { MAX_QUERY_LENGTH, normalizeQuery } from "../utils/search-params"
import type { LiveSearch, LiveSearchAria, LiveSearchHandle } from "./header-search-live"

const loadLive = () => import("./header-search-live")

function SearchIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
    </svg>
  )
}

export function HeaderSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const searched = useRouterState({
    select: (state) => {
      if (state.location.pathname !== "/cari") return ""
      const q: unknown = (state.location.search as { q?: unknown }).q
      return q === undefined ? "" : String(q)
    },
  })
  const [text, setText] = useState(searched)
  const [Live, setLive] = useState<typeof LiveSearch | null>(null)
  const [aria, setAria] = useState<LiveSearchAria>({})
  const live = useRef<LiveSearchHandle>(null)
  const form = useRef<HTMLFormElement>(null)
  const input = useRef<HTMLInputElement>(null)

  // The URL's words changed by Back, Forward or a link (not by her typing on /cari): show them.
  useEffect(() => {
    if (!live.current?.urlChanged(searched)) setText(searched)
  }, [searched])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // The phone's keyboard makes room for the results.
    input.current?.blur()
    if (live.current) return live.current.submit()
    const q = normalizeQuery(text)
    void navigate({ to: "/cari", search: q ? { q } : {} })
  }

  return (
    <form ref={form} className="search-box" role="search" action="/cari" method="get" onSubmit={onSubmit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t("header.search")}
      </label>
      <input
        ref={input}
        id="site-search"
        className="search-box__input"
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={!!aria.controls}
        aria-controls={aria.controls}
        aria-activedescendant={aria.active}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          live.current?.change(event.target.value)
        }}
        onKeyDown={(event) => live.current?.keyDown(event)}
        onFocus={() => {
          if (!Live) loadLive().then((m) => setLive(() => m.LiveSearch), () => undefined)
        }}
        placeholder={t("header.searchPlaceholder")}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="search-box__submit">
        <SearchIcon />
        <span className="visually-hidden">{t("header.searchSubmit")}</span>
      </button>
      {Live && <Live ref={live} text={text} setText={setText} form={form} input={input} onAria={setAria} />}
    </form>
  )
}
