// A participant's record: public display name, private legal data (marked), story, skills; consent on create.
import { useTranslation } from "react-i18next"
import { usePortalForm } from "../hooks/use-portal-form"
import { useCreateParticipant } from "../api/create-participant"
import type { Participant } from "../api/types"
import { useUpdateParticipant } from "../api/update-participant"
import {
  emptyParticipantForm,
  PARTICIPANT_FIELDS,
  participantToForm,
  SKILLS,
  toCreateParticipantBody,
  toParticipantBody,
  validateParticipantForm,
  type ParticipantField,
  type ParticipantFormValues,
} from "../utils/participant-form"
import { Field, FormAlert, FormNotice } from "./form-field"
import { skillLabel } from "./labels"
import { useLanguage } from "../hooks/use-language"
import { formatDate } from "../utils/format-date"

type ParticipantFormProps = {
  participant?: Participant
  onCreated?: (participant: Participant) => void
}

export function ParticipantForm({ participant, onCreated }: ParticipantFormProps) {
  return participant ? (
    <EditParticipantForm participant={participant} />
  ) : (
    <CreateParticipantForm onCreated={onCreated} />
  )
}

function CreateParticipantForm({ onCreated }: { onCreated?: (p: Participant) => void }) {
  const { t } = useTranslation()
  const create = useCreateParticipant()
  return (
    <ParticipantFormBody
      initial={emptyParticipantForm()}
      withConsent
      pending={create.isPending}
      submitLabel={t("portal.participant.create")}
      onSubmit={async (values) => {
        onCreated?.(await create.mutateAsync(toCreateParticipantBody(values)))
        return null
      }}
    />
  )
}

function EditParticipantForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation()
  const update = useUpdateParticipant(participant.id)
  return (
    <ParticipantFormBody
      key={participant.id}
      initial={participantToForm(participant)}
      withConsent={false}
      pending={update.isPending}
      submitLabel={t("portal.common.save")}
      onSubmit={async (values) => participantToForm(await update.mutateAsync(toParticipantBody(values)))}
    />
  )
}

type BodyProps = {
  initial: ParticipantFormValues
  /** creating: initial consent and the join date are set here; later they have their own actions */
  withConsent: boolean
  pending: boolean
  submitLabel: string
  onSubmit: (values: ParticipantFormValues) => Promise<ParticipantFormValues | null>
}

function ParticipantFormBody({ initial, withConsent, pending, submitLabel, onSubmit }: BodyProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { values, setValues, set, errors, serverError, failed, notice, errorText, submit } = usePortalForm({
    initial,
    validate: validateParticipantForm,
    fields: PARTICIPANT_FIELDS,
    savedMessage: t("portal.participant.saved"),
    onSubmit,
  })

  const input = (field: "display_name" | "legal_name" | "registration_number", hint?: string) => (
    <Field
      id={`participant-${field}`}
      label={t(`portal.participant.${field}`)}
      hint={hint}
      error={errorText(field)}
      required
    >
      {(aria) => (
        <input {...aria} autoComplete="off" value={values[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </Field>
  )
  const story = (field: "story_id" | "story_en") => (
    <Field id={`participant-${field}`} label={t(`portal.participant.${field}`)} error={errorText(field)}>
      {(aria) => <textarea {...aria} rows={4} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  )

  return (
    <form className="portal-form" onSubmit={(e) => void submit(e)} noValidate>
      {serverError && <FormAlert title={t("portal.common.serverRejected")} message={serverError.message} />}
      {Object.keys(errors).length > 0 && <FormAlert message={t("portal.common.formHasErrors")} />}

      <fieldset className="portal-card portal-section">
        <legend className="portal-card__title">{t("portal.participant.sectionPublic")}</legend>
        {input("display_name", t("portal.participant.displayNameHint"))}
      </fieldset>

      <fieldset className="portal-card portal-section portal-private" aria-describedby="participant-private-note">
        <legend className="portal-card__title">{t("portal.participant.sectionPrivate")}</legend>
        <p id="participant-private-note" className="private-note">
          <svg className="private-note__icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z"
            />
          </svg> {t("portal.participant.privateNote")}
        </p>
        <div className="portal-grid-2">
          {input("legal_name")}
          {input("registration_number")}
        </div>
      </fieldset>

      <fieldset className="portal-card portal-section">
        <legend className="portal-card__title">{t("portal.participant.sectionStory")}</legend>
        <fieldset className="portal-checks">
          <legend className="portal-field__label">{t("portal.participant.skills")}</legend>
          <div className="portal-checks__list">
            {SKILLS.map((skill) => (
              <label key={skill} className="portal-check">
                <input
                  type="checkbox"
                  checked={values.skills.includes(skill)}
                  onChange={(e) =>
                    set(
                      "skills",
                      e.target.checked ? [...values.skills, skill] : values.skills.filter((s) => s !== skill)
                    )
                  }
                />
                {skillLabel(t, skill)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="portal-grid-2">
          {story("story_id")}
          {story("story_en")}
        </div>
        {withConsent ? (
          <Field id="participant-joined_at" label={t("portal.participant.joined_at")} error={errorText("joined_at")}>
            {(aria) => (
              <input {...aria} type="date" value={values.joined_at} onChange={(e) => set("joined_at", e.target.value)} />
            )}
          </Field>
        ) : (
          values.joined_at && (
            <p className="portal-muted">
              {t("portal.participant.joined_at")}: {formatDate(values.joined_at, language)}
            </p>
          )
        )}
      </fieldset>

      {withConsent && (
        <fieldset className="portal-card portal-section">
          <legend className="portal-card__title">{t("portal.participant.consentInitial")}</legend>
          <label className="portal-check">
            <input
              type="checkbox"
              checked={values.consent_display_name}
              onChange={(e) => set("consent_display_name", e.target.checked)}
            />
            {t("portal.participant.consentDisplayName")}
          </label>
          <label className="portal-check">
            <input
              type="checkbox"
              checked={values.consent_story}
              onChange={(e) => set("consent_story", e.target.checked)}
            />
            {t("portal.participant.consentStory")}
          </label>
        </fieldset>
      )}

      {failed && <FormAlert message={t("portal.common.saveFailed")} />}
      <div className="portal-actions portal-form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("portal.common.saving") : submitLabel}
        </button>
      </div>
      <FormNotice message={notice} />
    </form>
  )
}
