// The officer's home: her programs (sponsor, facilities, skills, SDG targets) and her expos, running, upcoming and
// past, each with its way to the booth and the dashboard.
import { Link } from "@tanstack/react-router"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCsrExpos } from "../api/get-expos"
import { useCsrPrograms } from "../api/get-programs"
import type { Expo, Program } from "../api/types"
import { useLanguage } from "../hooks/use-language"
import { formatExpoDates, groupExposByPhase, type ExpoPhase } from "../utils/dates"

export function Overview() {
  const { data: programs } = useCsrPrograms()
  const { data: expos } = useCsrExpos()
  return (
    <div className="csr-stack">
      <ProgramList programs={programs} />
      <ExpoList expos={expos} programs={programs} />
    </div>
  )
}

function ProgramList({ programs }: { programs: Program[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section aria-labelledby="csr-programs-heading">
      <h2 id="csr-programs-heading" className="csr-section-title">
        {t("csr.overview.programsHeading")}
      </h2>
      {programs.length === 0 ? (
        <p className="csr-muted">{t("csr.overview.noPrograms")}</p>
      ) : (
        <ul className="csr-card-grid">
          {programs.map((program) => (
            <li key={program.id} className="csr-card program-card">
              <h3 className="csr-card__title">{program.name}</h3>
              <p className="program-card__sponsor">
                {[program.sponsor.company, program.sponsor.unit].filter(Boolean).join(" · ")}
              </p>
              <p className="csr-muted">{language === "en" ? program.description.en : program.description.id}</p>
              <dl className="csr-dl">
                <dt>{t("csr.overview.facilities")}</dt>
                <dd>
                  {program.facilities.length
                    ? program.facilities.map((f) => `${f.name} (${f.city})`).join(", ")
                    : t("csr.common.none")}
                </dd>
                <dt>{t("csr.overview.skills")}</dt>
                <dd>{program.skills.length ? program.skills.join(", ") : t("csr.common.none")}</dd>
                <dt>{t("csr.overview.sdg")}</dt>
                <dd>
                  {program.sdg_targets.length ? (
                    <span className="sdg-list">
                      {program.sdg_targets.map((target) => (
                        <span key={target} className="csr-badge">
                          {t("csr.overview.sdgTarget", { target })}
                        </span>
                      ))}
                    </span>
                  ) : (
                    t("csr.common.none")
                  )}
                </dd>
              </dl>
              <Link to="/portal/csr/program/$id" params={{ id: program.id }} className="button button--ghost">
                {t("csr.overview.report")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const PHASES: ExpoPhase[] = ["running", "upcoming", "past"]

function ExpoList({ expos, programs }: { expos: Expo[]; programs: Program[] }) {
  const { t } = useTranslation()
  // read once per visit: a page left open does not reshuffle under the officer's finger
  const [now] = useState(() => new Date())
  const groups = groupExposByPhase(expos, now)
  const programName = (id: string) => programs.find((p) => p.id === id)?.name ?? ""
  return (
    <section aria-labelledby="csr-expos-heading">
      <div className="csr-section-head">
        <h2 id="csr-expos-heading" className="csr-section-title">
          {t("csr.overview.exposHeading")}
        </h2>
        <Link to="/portal/csr/expo/baru" className="button">
          {t("csr.overview.newExpo")}
        </Link>
      </div>
      {expos.length === 0 && <p className="csr-muted">{t("csr.overview.noExpos")}</p>}
      {PHASES.filter((phase) => groups[phase].length > 0).map((phase) => (
        <div key={phase} className="expo-group">
          <h3 className="expo-group__title">{t(`csr.overview.phase.${phase}`)}</h3>
          <ul className="expo-list">
            {groups[phase].map((expo) => (
              <ExpoRow key={expo.id} expo={expo} phase={phase} programName={programName(expo.program_id)} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

function ExpoRow({ expo, phase, programName }: { expo: Expo; phase: ExpoPhase; programName: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <li className={`expo-row expo-row--${phase}`}>
      <div className="expo-row__main">
        <p className="expo-row__name">
          <Link to="/portal/csr/expo/$id" params={{ id: expo.id }}>
            {expo.name}
          </Link>
          <span className={`csr-badge csr-badge--${phase}`}>{t(`csr.overview.phaseBadge.${phase}`)}</span>
        </p>
        <p className="expo-row__when">{formatExpoDates(expo.starts_at, expo.ends_at, language)}</p>
        <p className="csr-muted">
          {expo.venue}, {expo.city} · {programName}
        </p>
      </div>
      <div className="expo-row__actions">
        <Link to="/portal/csr/expo/$id/booth" params={{ id: expo.id }} className="button csr-button--compact">
          {t("csr.expo.openBooth")}
        </Link>
        <Link to="/portal/csr/expo/$id/dasbor" params={{ id: expo.id }} className="button button--ghost csr-button--compact">
          {t("csr.expo.openDashboard")}
        </Link>
      </div>
    </li>
  )
}
