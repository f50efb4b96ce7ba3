import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type ErrorStateProps = {
  title?: string
  body?: string
  onRetry?: () => void
  retryLabel?: string
  /** other ways on, shown under the message (a link, a button) */
  children?: ReactNode
}

export function ErrorState({
  title,
  body,
  onRetry,
  retryLabel,
  children,
}: ErrorStateProps) {
  const { t } = useTranslation()
  return (
    <div className="error-state" role="alert">
      <h2 className="error-state__title">{title ?? t("status.errorTitle")}</h2>
      <p>{body ?? t("status.errorBody")}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel ?? t("status.retry")}
        </button>
      )}
      {children}
    </div>
  )
}
