// /motif: the gallery of batik motifs designed in the facilities and recorded with DJKI.
import "../../features/motifs/i18n"
import "../../features/motifs/motifs.css"
import { createLazyRoute, Link, type ErrorComponentProps } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Loading } from "../../components/ui/loading"
import { useMotifs } from "../../features/motifs/api/get-motifs"
import { MotifCard } from "../../features/motifs/components/motif-card"
import { useDocumentTitle } from "../../hooks/use-document-title"
import { RouteErrorState } from "./page-error"

export const Route = createLazyRoute("/motif")({
  component: MotifsRoute,
  pendingComponent: MotifsPending,
  errorComponent: MotifsError,
})

// The first row on a wide screen loads at once; the rest lazily.
const EAGER_CARDS = 4

function MotifsShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  useDocumentTitle(t("motifs.listTitle"), t("motifs.listDescription"))
  return (
    <div className="container motifs-page">
      <h1 className="page-title">{t("motifs.listHeading")}</h1>
      <p className="page-lead">{t("motifs.listLead")}</p>
      {children}
    </div>
  )
}

function MotifsRoute() {
  const { t } = useTranslation()
  const { page } = Route.useSearch()
  const { data } = useMotifs({ page: page ?? 1 })
  return (
    <MotifsShell>
      {data.count === 0 ? (
        <p className="empty-state">{t("motifs.listEmpty")}</p>
      ) : data.motifs.length === 0 ? (
        <p className="empty-state">
          {t("products.pageEmpty")}{" "}
          <Link to="/motif" search={{}}>
            {t("products.firstPage")}
          </Link>
        </p>
      ) : (
        <ul className="motif-grid">
          {data.motifs.map((motif, index) => (
            <li key={motif.id}>
              <MotifCard motif={motif} eager={index < EAGER_CARDS} />
            </li>
          ))}
        </ul>
      )}
      {data.pageCount > 1 && (
        <nav className="pagination" aria-label={t("motifs.pagination")}>
          {data.page > 1 ? (
            <Link to="/motif" search={{ page: data.page - 1 > 1 ? data.page - 1 : undefined }} className="button button--ghost" rel="prev">
              {t("products.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="pagination__status" aria-current="page">
            {t("products.pageOf", { page: data.page, pages: data.pageCount })}
          </span>
          {data.page < data.pageCount ? (
            <Link to="/motif" search={{ page: data.page + 1 }} className="button button--ghost" rel="next">
              {t("products.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </MotifsShell>
  )
}

function MotifsPending() {
  const { t } = useTranslation()
  return (
    <MotifsShell>
      <Loading label={t("motifs.loading")} />
    </MotifsShell>
  )
}

function MotifsError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  return (
    <MotifsShell>
      <RouteErrorState error={error} title={t("motifs.listTitle")} body={t("motifs.errorBody")} />
    </MotifsShell>
  )
}
