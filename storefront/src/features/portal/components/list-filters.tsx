// The search box and status filter above a Portal list (products, participants). Choosing a status searches at once;
// the words search on submit.
import { useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

export type ListSearch<S extends string> = { q?: string; status?: S }

export function ListFilters<S extends string>({
  list,
  idPrefix,
  statuses,
  params,
  onSearch,
}: {
  /** whose texts: portal.products.searchLabel, portal.participants.searchLabel … */
  list: "products" | "participants"
  /** the controls' ids: `${idPrefix}-q`, `${idPrefix}-status` */
  idPrefix: string
  statuses: readonly { value: S; label: string }[]
  params: ListSearch<S>
  onSearch: (search: ListSearch<S>) => void
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState(params.q ?? "")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch({ q: q.trim() || undefined, status: params.status })
  }
  const searchId = `${idPrefix}-q`
  const statusId = `${idPrefix}-status`
  return (
    <form className="portal-filters" role="search" onSubmit={submit}>
      <FilterField id={searchId} label={t(`portal.${list}.searchLabel`)} className="portal-filters__search">
        <input
          id={searchId}
          type="search"
          value={q}
          placeholder={t(`portal.${list}.searchPlaceholder`)}
          onChange={(e) => setQ(e.target.value)}
        />
      </FilterField>
      <FilterField id={statusId} label={t(`portal.${list}.statusLabel`)}>
        <select
          id={statusId}
          value={params.status ?? ""}
          onChange={(e) =>
            onSearch({
              q: q.trim() || undefined,
              status: statuses.find((s) => s.value === e.target.value)?.value,
            })
          }
        >
          <option value="">{t("portal.common.all")}</option>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </FilterField>
      <button type="submit" className="button button--ghost">
        {t("portal.common.search")}
      </button>
    </form>
  )
}

type FilterFieldProps = { id: string; label: string; className?: string; children: ReactNode }

function FilterField({ id, label, className, children }: FilterFieldProps) {
  return (
    <div className={className ? `portal-field ${className}` : "portal-field"}>
      <label htmlFor={id} className="portal-field__label">
        {label}
      </label>
      {children}
    </div>
  )
}
