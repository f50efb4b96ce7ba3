// Kawung-like four-petal mark (a classic batik motif) beside the wordmark.
import { useTranslation } from "react-i18next"

export function KawungMark({ size = 36 }: { size?: number }) {
  return (
    <svg
      className="kawung-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="var(--sogan)">
        <ellipse cx="16" cy="8.5" rx="4.5" ry="6.5" />
        <ellipse cx="16" cy="23.5" rx="4.5" ry="6.5" />
        <ellipse cx="8.5" cy="16" rx="6.5" ry="4.5" />
        <ellipse cx="23.5" cy="16" rx="6.5" ry="4.5" />
      </g>
      <g fill="var(--cream)">
        <circle cx="16" cy="6" r="1.1" />
        <circle cx="16" cy="26" r="1.1" />
        <circle cx="6" cy="16" r="1.1" />
        <circle cx="26" cy="16" r="1.1" />
      </g>
      <circle cx="16" cy="16" r="2.6" fill="var(--gold)" />
    </svg>
  )
}

export function Logo() {
  const { t } = useTranslation()
  return (
    <span className="logo">
      <KawungMark />
      <span className="logo__wordmark">{t("app.name")}</span>
    </span>
  )
}
