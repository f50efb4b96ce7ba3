// The buyer's search box in the header: submitting opens /cari with the words; on /cari it shows what was searched,
// also after Back and Forward.
import { useNavigate, useRouterState } from "@tanstack/react-router"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"

/** The server refuses longer queries (plugins/search/README.md). */
const MAX_QUERY_LENGTH = 200

function SearchIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
    </svg>
  )
}

export function SearchBox() {
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
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => setText(searched), [searched])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = text.trim()
    // A new search starts without the last one's filters; the phone's keyboard makes room for the results.
    input.current?.blur()
    void navigate({ to: "/cari", search: q ? { q } : {} })
  }

  return (
    <form className="search-box" role="search" action="/cari" method="get" onSubmit={onSubmit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t("header.search")}
      </label>
      <input
        ref={input}
        id="site-search"
        className="search-box__input"
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("header.searchPlaceholder")}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="search-box__submit">
        <SearchIcon />
        <span className="visually-hidden">{t("header.searchSubmit")}</span>
      </button>
    </form>
  )
}
