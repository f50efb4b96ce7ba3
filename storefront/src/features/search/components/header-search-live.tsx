// What makes the header search box live, loaded when the buyer first focuses it (header-search.tsx keeps the field):
// while she types, the first products of the same search /cari runs are suggested under the box (keyboard: Up and
// Down walk them, Enter opens the highlighted one, Escape closes); on /cari her words move the page's results instead,
// the URL replaced rather than pushed so Back does not walk through every keystroke.
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useNavigate, useRouterState } from "@tanstack/react-router"
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type RefObject } from "react"
import { searchProductsQueryOptions } from "../api/search-products"
import { useDebouncer } from "../hooks/use-debouncer"
import { refineSearch } from "../utils/refine-search"
import { normalizeQuery } from "../utils/search-params"
import { canSuggest, moveActive, optionKey, SUGGEST_DELAY_MS, suggestionView, type SuggestionOption } from "../utils/suggestions"
import { SearchSuggestions } from "./search-suggestions"

/** What the field calls on its events. */
export type LiveSearchHandle = {
  change(value: string): void
  keyDown(event: KeyboardEvent<HTMLInputElement>): void
  /** Enter with nothing highlighted (the field already blurred) */
  submit(): void
  /** The URL's words changed: true when it was this box typing on /cari (the field keeps what she typed since). */
  urlChanged(words: string): boolean
}

/** The field's combobox state: `controls` is set while the panel is open. */
export type LiveSearchAria = { controls?: string; active?: string }

type Props = {
  text: string
  setText: (text: string) => void
  form: RefObject<HTMLFormElement>
  input: RefObject<HTMLInputElement>
  onAria: (aria: LiveSearchAria) => void
}

const LISTBOX_ID = "site-search-suggestions"
const optionId = (index: number) => `site-search-option-${index}`

export const LiveSearch = forwardRef<LiveSearchHandle, Props>(function LiveSearch(
  { text, setText, form, input, onAria },
  ref
) {
  const navigate = useNavigate()
  const onSearchPage = useRouterState({ select: (state) => state.location.pathname === "/cari" })
  const searched = useRouterState({
    select: (state) => {
      const q: unknown = (state.location.search as { q?: unknown }).q
      return state.location.pathname === "/cari" && q !== undefined ? String(q) : ""
    },
  })
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  const href = useRouterState({ select: (state) => state.location.href })

  /** the words the suggestions are for: what was typed, once she paused */
  const [term, setTerm] = useState("")
  const [open, setOpen] = useState(false)
  /** the highlighted option's key (optionKey): when a newer answer moves or drops that product, the highlight
   *  moves with it or goes, so Enter never opens a product other than the one she saw highlighted */
  const [activeKey, setActiveKey] = useState<string | null>(null)
  /** the q this box last wrote into /cari's URL, so its echo does not overwrite what she typed since */
  const ownQ = useRef<string | null>(null)
  const typed = normalizeQuery(text)

  /** /cari follows the words: same filters and sort, page 1, the URL replaced. */
  function showOnSearchPage(words: string) {
    if (words === searched) return
    ownQ.current = words
    void navigate({
      to: "/cari",
      search: (prev) => refineSearch(prev, { q: words || undefined }),
      replace: true,
      resetScroll: false,
    })
  }

  const debouncer = useDebouncer<string>(SUGGEST_DELAY_MS, (words) => {
    if (!onSearchPage) setTerm(words)
    // One letter finds half the catalogue: /cari keeps its results until a second one (or an emptied box).
    else if (canSuggest(words) || words === "") showOnSearchPage(words)
  })

  const suggestions = useQuery({
    ...searchProductsQueryOptions({ q: term }),
    enabled: open && !onSearchPage && canSuggest(term),
    // The last words' products stay while the next ones load (no flicker); each term has its own key, so an answer
    // that comes late never replaces a newer one.
    placeholderData: keepPreviousData,
  })
  const view = suggestionView({
    typed,
    term,
    result: suggestions.data,
    fetching: suggestions.isFetching,
    failed: suggestions.isError,
  })
  const expanded = open && !onSearchPage && canSuggest(typed)
  const highlighted = expanded && activeKey !== null ? view.options.findIndex((o) => optionKey(o) === activeKey) : -1
  const setActive = (index: number) => {
    const option = view.options[index]
    setActiveKey(option ? optionKey(option) : null)
  }

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function change(value: string) {
    setActive(-1)
    const words = normalizeQuery(value)
    if (onSearchPage) return debouncer.push(words)
    setOpen(canSuggest(words))
    if (canSuggest(words)) debouncer.push(words)
    else debouncer.cancel()
  }

  /** A pick closes the panel and the phone's keyboard; a product's page is not a search, so the box empties. */
  function picked(option: SuggestionOption) {
    debouncer.cancel()
    close()
    input.current?.blur()
    if (option.kind === "product") setText("")
  }

  function go(option: SuggestionOption) {
    picked(option)
    if (option.kind === "product") void navigate({ to: "/products/$handle", params: { handle: option.hit.handle } })
    else void navigate({ to: "/cari", search: { q: option.q } })
  }

  useImperativeHandle(ref, () => ({
    change,
    keyDown(event) {
      if (event.nativeEvent.isComposing) return
      if (event.key === "Escape") {
        // Closed, Escape keeps the browser's meaning for a search field: clear it.
        if (expanded) {
          event.preventDefault()
          close()
        }
        return
      }
      if (event.key === "Enter") {
        const option = view.options[highlighted]
        if (option) {
          event.preventDefault()
          go(option)
        }
        return
      }
      if (onSearchPage) return
      const next = moveActive(highlighted, event.key, view.options.length)
      if (next === undefined) return
      if (expanded) {
        event.preventDefault()
        setActive(next)
      } else if (canSuggest(typed)) {
        // Down or Up on a closed panel opens it again, with the last suggestions.
        event.preventDefault()
        setOpen(true)
        setActive(-1)
      }
    },
    submit() {
      debouncer.cancel()
      close()
      if (onSearchPage) showOnSearchPage(typed)
      // A new search starts without the last one's filters.
      else void navigate({ to: "/cari", search: typed ? { q: typed } : {} })
    },
    urlChanged(words) {
      if (words === ownQ.current) {
        ownQ.current = null
        return true
      }
      debouncer.cancel()
      return false
    },
  }))

  // Words typed while this loaded count as typed now.
  useEffect(() => {
    if (input.current && document.activeElement === input.current) change(input.current.value)
  }, [])

  // Leaving the page drops words still waiting; any navigation closes the panel.
  useEffect(() => debouncer.cancel(), [pathname, debouncer])
  useEffect(close, [href])

  useEffect(() => {
    onAria({ controls: expanded ? LISTBOX_ID : undefined, active: highlighted >= 0 ? optionId(highlighted) : undefined })
  }, [expanded, highlighted, onAria])

  // A tap or click anywhere else, or the focus leaving the box (Tab), closes the panel.
  useEffect(() => {
    const root = form.current
    if (!expanded || !root) return
    const outside = (event: Event) => {
      const target = event instanceof FocusEvent ? event.relatedTarget : event.target
      if (!(target instanceof Node && root.contains(target))) close()
    }
    document.addEventListener("pointerdown", outside)
    root.addEventListener("focusout", outside)
    return () => {
      document.removeEventListener("pointerdown", outside)
      root.removeEventListener("focusout", outside)
    }
  }, [expanded, form])

  if (!expanded) return null
  return (
    <SearchSuggestions
      listboxId={LISTBOX_ID}
      optionId={optionId}
      term={term}
      view={view}
      active={highlighted}
      onHighlight={setActive}
      onPick={picked}
    />
  )
})
