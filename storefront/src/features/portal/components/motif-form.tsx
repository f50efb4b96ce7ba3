// Create or edit a motif: DJKI record, holder, licence and creators.
import { type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { usePortalForm } from "../hooks/use-portal-form"
import { useCreatePortalMotif } from "../api/create-motif"
import type { ManagedMotif, MotifHolderKind, MotifStatus, Participant } from "../api/types"
import { useUpdatePortalMotif } from "../api/update-motif"
import {
  emptyMotifForm,
  MOTIF_FIELDS,
  motifToForm,
  toMotifBody,
  validateMotifForm,
  type MotifField,
  type MotifFormValues,
} from "../utils/motif-form"
import { Field, FormAlert, FormNotice } from "./form-field"
import { PhotoField } from "./photo-field"

const STATUSES: MotifStatus[] = ["draft", "applied", "registered", "expired"]
const HOLDER_KINDS: MotifHolderKind[] = ["facility", "participant", "organisation"]

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="portal-card portal-section" id={id}>
      <legend className="portal-card__title">{title}</legend>
      {children}
    </fieldset>
  )
}

type MotifFormProps = {
  motif?: ManagedMotif
  participants: Participant[]
  onCreated?: (motif: ManagedMotif) => void
}

export function MotifForm({ motif, participants, onCreated }: MotifFormProps) {
  return motif ? (
    <EditMotifForm key={motif.id} motif={motif} participants={participants} />
  ) : (
    <CreateMotifForm participants={participants} onCreated={onCreated} />
  )
}

function CreateMotifForm({ participants, onCreated }: Omit<MotifFormProps, "motif">) {
  const { t } = useTranslation()
  const create = useCreatePortalMotif()
  return (
    <MotifFormBody
      initial={emptyMotifForm()}
      participants={participants}
      pending={create.isPending}
      submitLabel={t("portal.motif.create")}
      onSubmit={async (values) => {
        const motif = await create.mutateAsync(toMotifBody(values))
        onCreated?.(motif)
        return null
      }}
    />
  )
}

function EditMotifForm({ motif, participants }: { motif: ManagedMotif; participants: Participant[] }) {
  const { t } = useTranslation()
  const update = useUpdatePortalMotif(motif.id)
  return (
    <MotifFormBody
      initial={motifToForm(motif)}
      participants={participants}
      pending={update.isPending}
      submitLabel={t("portal.common.save")}
      onSubmit={async (values) => motifToForm(await update.mutateAsync(toMotifBody(values)))}
    />
  )
}

type MotifFormBodyProps = {
  initial: MotifFormValues
  participants: Participant[]
  pending: boolean
  submitLabel: string
  onSubmit: (values: MotifFormValues) => Promise<MotifFormValues | null>
}

function MotifFormBody({ initial, participants, pending, submitLabel, onSubmit }: MotifFormBodyProps) {
  const { t } = useTranslation()
  const { values, setValues, set, errors, serverError, failed, notice, errorText, submit } = usePortalForm({
    initial,
    validate: validateMotifForm,
    fields: MOTIF_FIELDS,
    savedMessage: t("portal.motif.saved"),
    onSubmit,
  })

  const text = (
    field: "title" | "application_number" | "registration_number" | "work_type" | "first_published_place" | "holder_organisation",
    extra: { required?: boolean; hint?: string } = {}
  ) => (
    <Field id={`motif-${field}`} label={t(`portal.motif.${field}`)} error={errorText(field)} {...extra}>
      {(aria) => <input {...aria} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  )
  const textarea = (field: "description_id" | "description_en") => (
    <Field id={`motif-${field}`} label={t(`portal.motif.${field}`)} error={errorText(field)}>
      {(aria) => <textarea {...aria} rows={4} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  )
  const checkbox = (field: "credit_required" | "other_facilities_allowed") => (
    <div className="portal-field portal-field--check">
      <label>
        <input
          type="checkbox"
          checked={values[field]}
          aria-invalid={Boolean(errorText(field))}
          onChange={(e) => set(field, e.target.checked)}
        />{" "}
        {t(`portal.motif.${field}`)}
      </label>
      {errorText(field) && <p className="portal-field__error">{errorText(field)}</p>}
    </div>
  )
  const creatorsError = errorText("creators")
  const updateCreator = (index: number, patch: Partial<MotifFormValues["creators"][number]>) =>
    set(
      "creators",
      values.creators.map((row, i) => (i === index ? { ...row, ...patch } : row))
    )

  return (
    <form className="portal-form" onSubmit={(e) => void submit(e)} noValidate>
      {serverError && <FormAlert title={t("portal.common.serverRejected")} message={serverError.message} />}
      {Object.keys(errors).length > 0 && <FormAlert message={t("portal.common.formHasErrors")} />}

      <Section id="motif-text" title={t("portal.motif.sectionText")}>
        {text("title", { required: true })}
        <div className="portal-grid-2">
          {textarea("description_id")}
          {textarea("description_en")}
        </div>
      </Section>

      <Section id="motif-image-section" title={t("portal.motif.image")}>
        <PhotoField
          images={values.image ? [values.image] : []}
          onChange={(images) => set("image", images[images.length - 1] ?? null)}
          error={errorText("image")}
        />
      </Section>

      <Section id="motif-record" title={t("portal.motif.sectionRecord")}>
        <div className="portal-grid-3">
          <Field id="motif-status" label={t("portal.motif.status")} error={errorText("status")}>
            {(aria) => (
              <select {...aria} value={values.status} onChange={(e) => set("status", e.target.value as MotifStatus)}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`portal.motifStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text("application_number", { hint: t("portal.motif.applicationHint") })}
          {text("registration_number", { hint: t("portal.motif.registrationHint") })}
        </div>
        <div className="portal-grid-3">
          {text("work_type")}
          <Field id="motif-first_published_at" label={t("portal.motif.first_published_at")} error={errorText("first_published_at")}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={values.first_published_at}
                onChange={(e) => set("first_published_at", e.target.value)}
              />
            )}
          </Field>
          {text("first_published_place")}
        </div>
      </Section>

      <Section id="motif-holder" title={t("portal.motif.sectionHolder")}>
        <Field id="motif-holder_kind" label={t("portal.motif.holder_kind")} error={errorText("holder_kind")}>
          {(aria) => (
            <select
              {...aria}
              value={values.holder_kind}
              onChange={(e) => set("holder_kind", e.target.value as MotifHolderKind)}
            >
              {HOLDER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`portal.motifHolder.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.holder_kind === "participant" && (
          <Field
            id="motif-holder_participant_id"
            label={t("portal.motif.holder_participant_id")}
            error={errorText("holder_participant_id")}
            required
          >
            {(aria) => (
              <select
                {...aria}
                value={values.holder_participant_id}
                onChange={(e) => set("holder_participant_id", e.target.value)}
              >
                <option value="">{t("portal.motif.chooseParticipant")}</option>
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.display_name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {values.holder_kind === "organisation" && text("holder_organisation", { required: true })}
      </Section>

      <Section id="motif-licence" title={t("portal.motif.sectionLicence")}>
        <Field
          id="motif-royalty_bps"
          label={t("portal.motif.royalty")}
          hint={t("portal.motif.royaltyHint")}
          error={errorText("royalty_bps")}
        >
          {(aria) => (
            <input
              {...aria}
              inputMode="decimal"
              value={values.royalty_percent}
              onChange={(e) => set("royalty_percent", e.target.value)}
            />
          )}
        </Field>
        {checkbox("credit_required")}
        {checkbox("other_facilities_allowed")}
      </Section>

      <Section id="motif-creators" title={t("portal.motif.sectionCreators")}>
        <p className="portal-field__hint">{t("portal.motif.creatorsHint")}</p>
        {values.creators.length === 0 && <p className="portal-muted">{t("portal.motif.creatorsNone")}</p>}
        {values.creators.length > 0 && (
          <ol className="maker-rows__list">
            {values.creators.map((row, index) => {
              const n = index + 1
              const known = participants.some((p) => p.id === row.participant_id)
              return (
                <li key={index} className="maker-row">
                  <div className="portal-field maker-row__who">
                    <label htmlFor={`creator-${index}-participant`} className="portal-field__label">
                      {t("portal.motif.creator", { n })}
                    </label>
                    <select
                      id={`creator-${index}-participant`}
                      value={row.participant_id}
                      aria-invalid={Boolean(creatorsError) && !row.participant_id}
                      aria-describedby={creatorsError ? "motif-creators-error" : undefined}
                      onChange={(e) => updateCreator(index, { participant_id: e.target.value })}
                    >
                      <option value="">{t("portal.motif.chooseParticipant")}</option>
                      {participants.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.display_name}
                        </option>
                      ))}
                      {row.participant_id && !known && (
                        <option value={row.participant_id}>{t("portal.motif.creatorInactive")}</option>
                      )}
                    </select>
                  </div>
                  <div className="portal-field">
                    <label htmlFor={`creator-${index}-share`} className="portal-field__label">
                      {t("portal.motif.share", { n })}
                    </label>
                    <input
                      id={`creator-${index}-share`}
                      inputMode="decimal"
                      value={row.share}
                      aria-invalid={Boolean(creatorsError)}
                      aria-describedby={creatorsError ? "motif-creators-error" : undefined}
                      onChange={(e) => updateCreator(index, { share: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => set("creators", values.creators.filter((_, i) => i !== index))}
                  >
                    {t("portal.motif.creatorRemove", { n })}
                  </button>
                </li>
              )
            })}
          </ol>
        )}
        <button
          type="button"
          className="button button--ghost"
          onClick={() => set("creators", [...values.creators, { participant_id: "", share: "1" }])}
        >
          {t("portal.motif.creatorAdd")}
        </button>
        {creatorsError && (
          <p id="motif-creators-error" className="portal-field__error">
            {creatorsError}
          </p>
        )}
      </Section>

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
