// Beside the form: how she appears in the store, her consent (give / withdraw), her status.
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useGiveConsent } from "../api/give-consent"
import { useSetParticipantStatus } from "../api/set-participant-status"
import type { Participant, ParticipantStatus } from "../api/types"
import { useWithdrawConsent } from "../api/withdraw-consent"
import { useLanguage } from "../hooks/use-language"
import { consentState } from "../utils/consent"
import { formatDate } from "../utils/format-date"
import { ConfirmButton } from "./confirm-button"
import { FormAlert, FormNotice } from "./form-field"
import { participantStatusLabel } from "./labels"
import { StatusBadge } from "./status-badge"

export function PublicLabelCard({ participant }: { participant: Participant }) {
  const { t } = useTranslation()
  return (
    <section className="portal-card public-label" aria-labelledby="public-label-heading">
      <h2 id="public-label-heading" className="portal-card__title">
        {t("portal.participant.publicLabel")}
      </h2>
      <p className="public-label__value">{participant.public_label}</p>
      <p className="portal-field__hint">{t("portal.participant.publicLabelHint")}</p>
    </section>
  )
}

export function ConsentPanel({ participant }: { participant: Participant }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const give = useGiveConsent(participant.id)
  const withdraw = useWithdrawConsent(participant.id)
  const state = consentState(participant)
  const [displayName, setDisplayName] = useState(participant.consent_display_name)
  const [story, setStory] = useState(participant.consent_story)
  const [notice, setNotice] = useState<string | null>(null)
  const error = give.error ?? withdraw.error

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setNotice(null)
    give.mutate(
      { display_name: displayName, story },
      {
        onSuccess: (p) => {
          setDisplayName(p.consent_display_name)
          setStory(p.consent_story)
          setNotice(t("portal.participant.consentSaved"))
        },
      }
    )
  }

  return (
    <section className="portal-card" aria-labelledby="consent-heading">
      <h2 id="consent-heading" className="portal-card__title">
        {t("portal.participant.sectionConsent")}
      </h2>
      <p>
        {state === "given"
          ? t("portal.participant.consentGivenAt", { date: formatDate(participant.consent_given_at, language) })
          : state === "withdrawn"
            ? t("portal.participant.consentWithdrawnAt", {
                date: formatDate(participant.consent_withdrawn_at, language),
              })
            : t("portal.participant.consentNone")}
      </p>
      <form onSubmit={submit} className="consent-form">
        <label className="portal-check">
          <input type="checkbox" checked={displayName} onChange={(e) => setDisplayName(e.target.checked)} />
          {t("portal.participant.consentDisplayName")}
        </label>
        <label className="portal-check">
          <input type="checkbox" checked={story} onChange={(e) => setStory(e.target.checked)} />
          {t("portal.participant.consentStory")}
        </label>
        <div className="portal-actions">
          <button type="submit" className="button" disabled={give.isPending || (!displayName && !story)}>
            {give.isPending ? t("portal.common.saving") : t("portal.participant.consentGive")}
          </button>
          {state === "given" && (
            <ConfirmButton
              label={t("portal.participant.consentWithdraw")}
              question={t("portal.participant.consentWithdrawConfirm", { name: participant.display_name })}
              disabled={withdraw.isPending}
              onConfirm={() => {
                setNotice(null)
                withdraw.mutate(undefined, {
                  onSuccess: (p) => {
                    setDisplayName(p.consent_display_name)
                    setStory(p.consent_story)
                    setNotice(t("portal.participant.consentWithdrawn"))
                  },
                })
              }}
            />
          )}
        </div>
      </form>
      {error && <FormAlert message={invalidDataMessage(error) ?? t("portal.common.saveFailed")} />}
      <FormNotice message={notice} />
    </section>
  )
}

export function StatusPanel({ participant }: { participant: Participant }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const setStatus = useSetParticipantStatus(participant.id)
  const others = (["active", "released", "transferred"] as const).filter((s) => s !== participant.status)
  const [next, setNext] = useState<ParticipantStatus>(others[0] ?? "released")
  const [date, setDate] = useState("")
  const [notice, setNotice] = useState<string | null>(null)

  const apply = () => {
    setNotice(null)
    setStatus.mutate(
      { status: next, ...(date ? { date: `${date}T00:00:00.000Z` } : {}) },
      {
        onSuccess: (p) => {
          const remaining = (["active", "released", "transferred"] as const).filter((s) => s !== p.status)
          setNext(remaining[0] ?? "released")
          setNotice(t("portal.participant.statusSaved"))
        },
      }
    )
  }

  return (
    <section className="portal-card" aria-labelledby="status-heading">
      <h2 id="status-heading" className="portal-card__title">
        {t("portal.participant.sectionStatus")}
      </h2>
      <p>
        <StatusBadge tone={participant.status === "active" ? "good" : "muted"}>
          {participantStatusLabel(t, participant.status)}
        </StatusBadge>{" "}
        {participant.status_changed_at &&
          t("portal.participant.statusSince", { date: formatDate(participant.status_changed_at, language) })}
      </p>
      <div className="portal-grid-2">
        <div className="portal-field">
          <label htmlFor="status-next" className="portal-field__label">
            {t("portal.participant.statusNew")}
          </label>
          <select id="status-next" value={next} onChange={(e) => setNext(e.target.value as ParticipantStatus)}>
            {others.map((s) => (
              <option key={s} value={s}>
                {participantStatusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="portal-field">
          <label htmlFor="status-date" className="portal-field__label">
            {t("portal.participant.statusDate")}{" "}
            <span className="portal-field__required">({t("portal.common.optional")})</span>
          </label>
          <input id="status-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <ConfirmButton
        label={t("portal.participant.statusApply")}
        question={t("portal.participant.statusConfirm", {
          name: participant.display_name,
          status: participantStatusLabel(t, next),
        })}
        disabled={setStatus.isPending}
        onConfirm={apply}
      />
      {setStatus.error && (
        <FormAlert message={invalidDataMessage(setStatus.error) ?? t("portal.common.saveFailed")} />
      )}
      <FormNotice message={notice} />
    </section>
  )
}
