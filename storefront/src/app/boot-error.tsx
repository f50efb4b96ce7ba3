// Shown when the app cannot start (no /config.json): there is no router yet, so no layout.
import { useTranslation } from "react-i18next"
import { ErrorState } from "../components/errors/error-state"
import { Logo } from "../components/layout/logo"
import { useDocumentTitle } from "../hooks/use-document-title"

export function BootError() {
  const { t } = useTranslation()
  useDocumentTitle(t("status.bootErrorTitle"))
  return (
    <main className="container status-page">
      <Logo />
      <ErrorState
        title={t("status.bootErrorTitle")}
        body={t("status.bootErrorBody")}
        retryLabel={t("status.reload")}
        onRetry={() => window.location.reload()}
      />
    </main>
  )
}
