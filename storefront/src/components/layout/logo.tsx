// The Karya Lapas mark: a kawung flower (four palm-fruit petals, one of the oldest batik motifs) inside a songket
// diamond, gold thread on maroon; beside it the wordmark. The same drawing is public/favicon.svg.
import { useTranslation } from "react-i18next"

export function KawungMark({ size = 36 }: { size?: number }) {
  return (
    <svg
      className="kawung-mark"
      width={size}
      height={size}
      viewBox="0 0 40 40"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M20 1 39 20 20 39 1 20Z" fill="var(--mark-ground, var(--maroon))" />
      <path d="M20 4.6 35.4 20 20 35.4 4.6 20Z" fill="none" stroke="var(--gold)" strokeWidth="1.1" />
      <g fill="var(--gold)">
        <ellipse cx="20" cy="13.4" rx="3.5" ry="5.6" />
        <ellipse cx="20" cy="26.6" rx="3.5" ry="5.6" />
        <ellipse cx="13.4" cy="20" rx="5.6" ry="3.5" />
        <ellipse cx="26.6" cy="20" rx="5.6" ry="3.5" />
      </g>
      <g fill="var(--mark-ground, var(--maroon))">
        <circle cx="20" cy="11.6" r="1" />
        <circle cx="20" cy="28.4" r="1" />
        <circle cx="11.6" cy="20" r="1" />
        <circle cx="28.4" cy="20" r="1" />
      </g>
      <circle cx="20" cy="20" r="1.7" fill="var(--cream)" />
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
