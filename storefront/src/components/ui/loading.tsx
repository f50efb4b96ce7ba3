import { useTranslation } from "react-i18next"

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label ?? t("status.loading")}</span>
    </div>
  )
}
