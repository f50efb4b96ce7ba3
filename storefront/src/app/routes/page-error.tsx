import type { ErrorComponentProps } from "@tanstack/react-router"
import { RouteError } from "../../components/errors/route-error"
import { useDocumentTitle } from "../../hooks/use-document-title"
import { useTranslation } from "react-i18next"

export function PageError(props: ErrorComponentProps) {
  const { t } = useTranslation()
  useDocumentTitle(t("status.errorTitle"))
  return (
    <div className="container status-page">
      <RouteError {...props} />
    </div>
  )
}
