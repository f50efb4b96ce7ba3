// The expo at a glance: when and where, its program and promo code, and the way to its booth and dashboard.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import type { Expo, Program } from "../api/types"
import { useLanguage } from "../hooks/use-language"
import { expoPhase, formatExpoDates } from "../utils/dates"

export function ExpoSummary({ expo, program }: { expo: Expo; program: Program | undefined }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const phase = expoPhase(expo, new Date())
  return (
    <section className="csr-card expo-summary" aria-label={t("csr.expo.summaryLabel")}>
      <p className="expo-summary__when">
        {formatExpoDates(expo.starts_at, expo.ends_at, language)}{" "}
        <span className={`csr-badge csr-badge--${phase}`}>{t(`csr.overview.phaseBadge.${phase}`)}</span>
      </p>
      <p className="csr-muted">
        {expo.venue}, {expo.city}
        {program ? ` · ${program.name}` : ""}
        {expo.promo_code ? ` · ${t("csr.expo.promo", { code: expo.promo_code })}` : ""}
      </p>
      <div className="csr-actions">
        <Link to="/portal/csr/expo/$id/booth" params={{ id: expo.id }} className="button">
          {t("csr.expo.openBooth")}
        </Link>
        <Link to="/portal/csr/expo/$id/dasbor" params={{ id: expo.id }} className="button button--ghost">
          {t("csr.expo.openDashboard")}
        </Link>
      </div>
    </section>
  )
}
