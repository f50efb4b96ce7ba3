// The error page of any route without its own: what happened in a person's words, a retry (which resets the failed
// queries and runs the loaders again), and a way home. The error itself goes to the console, never on the page.
import "../../features/home/home.css"
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { KawungMark } from "../../components/layout/logo"
import { useDocumentTitle } from "../../hooks/use-document-title"

/** For a route's error component: logs the error, resets the failed queries; returns a retry that reruns loaders. */
export function useRouteRetry(error: unknown): () => void {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])
  useEffect(() => {
    console.error(error)
  }, [error])
  return () => void router.invalidate()
}

/** A route's error inside its own page (its heading stays), with a message that names what did not load. */
export function RouteErrorState({ error, title, body }: { error: unknown; title: string; body: string }) {
  const retry = useRouteRetry(error)
  useDocumentTitle(title, body)
  return <ErrorState body={body} onRetry={retry} />
}

export function PageError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  const retry = useRouteRetry(error)
  useDocumentTitle(t("pageError.title"), t("pageError.body"))

  const offline = typeof navigator !== "undefined" && navigator.onLine === false
  return (
    <div className="container status-page" role="alert">
      <KawungMark size={56} />
      <h1>{t("pageError.title")}</h1>
      <p>{offline ? t("pageError.offline") : t("pageError.body")}</p>
      <div className="status-page__actions">
        <button type="button" className="button" onClick={retry}>
          {t("pageError.retry")}
        </button>
        <Link to="/" className="button button--ghost">
          {t("notFound.home")}
        </Link>
      </div>
    </div>
  )
}
