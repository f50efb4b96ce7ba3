// The expo's details: created with its program and featured products, edited later (its program stays). Problems
// found before sending and the server's 400/409 (its message names the field) show under their field.
import { useNavigate } from "@tanstack/react-router"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { fieldFromMessage } from "../../../lib/error-field"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { focusFirstInvalid } from "../../staff/components/form-field"
import { useCreateCsrExpo } from "../api/create-expo"
import type { ExpoDetail, Program } from "../api/types"
import { useUpdateCsrExpo } from "../api/update-expo"
import { useSessionGuard } from "../hooks/use-session-guard"
import {
  EXPO_FIELDS,
  createExpoBody,
  expoValues,
  newExpoValues,
  normalizePromoCode,
  updateExpoBody,
  validateExpoForm,
  withHandle,
  withName,
  type ExpoField,
  type ExpoFormValues,
  type ExpoProblem,
} from "../utils/expo-form"
import { Field, FormAlert, FormNotice } from "./form-field"
import { ProductPicker } from "./product-picker"

type ServerError = { message: string; field: ExpoField | null }

function useExpoFormState(initial: ExpoFormValues) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const [problems, setProblems] = useState<Partial<Record<ExpoField, ExpoProblem>>>({})
  const [serverError, setServerError] = useState<ServerError | null>(null)
  const [failed, setFailed] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const update = (next: ExpoFormValues) => {
    setValues(next)
    setNotice(null)
  }
  const errorText = (field: ExpoField): string | undefined => {
    if (serverError?.field === field) return serverError.message
    const problem = problems[field]
    return problem ? t(`csr.expoForm.problems.${problem}`) : undefined
  }
  const reset = () => {
    setServerError(null)
    setFailed(false)
    setNotice(null)
  }
  const refuse = (error: unknown, form: HTMLFormElement) => {
    const message = invalidDataMessage(error)
    if (message) {
      setServerError({ message, field: fieldFromMessage(message, EXPO_FIELDS) })
      focusFirstInvalid(form)
    } else {
      setFailed(true)
    }
  }
  return { values, setValues, update, problems, setProblems, serverError, failed, notice, setNotice, errorText, reset, refuse }
}

export function NewExpoForm({ programs }: { programs: Program[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateCsrExpo()
  const guard = useSessionGuard()
  const form = useExpoFormState(newExpoValues(programs))
  const program = programs.find((p) => p.id === form.values.programId)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    form.reset()
    const found = validateExpoForm(form.values, { requireProgram: true })
    form.setProblems(found)
    if (Object.keys(found).length) return focusFirstInvalid(element)
    try {
      const expo = await create.mutateAsync(createExpoBody(form.values))
      await navigate({ to: "/portal/csr/expo/$id", params: { id: expo.id } })
    } catch (error) {
      if (!guard(error)) form.refuse(error, element)
    }
  }

  return (
    <form className="csr-stack expo-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems form={form} />
      <ExpoDetailsFields form={form} />
      <fieldset className="csr-card">
        <legend className="csr-card__title">{t("csr.expoForm.programHeading")}</legend>
        <Field id="expo-program" label={t("csr.expoForm.program")} error={form.errorText("program_id")} required>
          {(control) => (
            <select
              {...control}
              value={form.values.programId}
              // other programs' facilities: the picked products no longer fit
              onChange={(e) => form.update({ ...form.values, programId: e.target.value, productIds: [] })}
            >
              {programs.length !== 1 && <option value="">{t("csr.expoForm.chooseProgram")}</option>}
              {programs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PromoField form={form} />
        {form.values.promoCode && <PromoPercentageField form={form} />}
      </fieldset>
      <ProductPicker
        program={program}
        selected={form.values.productIds}
        onChange={(productIds) => form.update({ ...form.values, productIds })}
        error={form.errorText("product_ids")}
      />
      <div className="csr-form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("csr.expoForm.creating") : t("csr.expoForm.create")}
        </button>
      </div>
    </form>
  )
}

export function EditExpoForm({ expo }: { expo: ExpoDetail }) {
  const { t } = useTranslation()
  const save = useUpdateCsrExpo(expo.id)
  const guard = useSessionGuard()
  const form = useExpoFormState(expoValues(expo))

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    form.reset()
    const found = validateExpoForm(form.values, { requireProgram: false })
    form.setProblems(found)
    if (Object.keys(found).length) return focusFirstInvalid(element)
    const body = updateExpoBody(form.values, expo)
    if (Object.keys(body).length === 0) return form.setNotice(t("csr.expoForm.unchanged"))
    try {
      const saved = await save.mutateAsync(body)
      form.setValues(expoValues(saved))
      form.setNotice(t("csr.expoForm.saved"))
    } catch (error) {
      if (!guard(error)) form.refuse(error, element)
    }
  }

  return (
    <form className="csr-stack expo-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems form={form} />
      <ExpoDetailsFields form={form} />
      <fieldset className="csr-card">
        <legend className="csr-card__title">{t("csr.expoForm.promoHeading")}</legend>
        <PromoField form={form} />
        {form.values.promoCode && <PromoPercentageField form={form} />}
      </fieldset>
      <div className="csr-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t("csr.expoForm.saving") : t("csr.expoForm.save")}
        </button>
        <FormNotice message={form.notice} />
      </div>
    </form>
  )
}

type FormState = ReturnType<typeof useExpoFormState>

/** A server refusal that names no field of the form, or a failure without a message. */
function FormProblems({ form }: { form: FormState }) {
  const { t } = useTranslation()
  if (form.serverError && !form.serverError.field) return <FormAlert message={form.serverError.message} />
  if (form.failed) return <FormAlert message={t("csr.expoForm.failed")} />
  return null
}

function ExpoDetailsFields({ form }: { form: FormState }) {
  const { t } = useTranslation()
  const { values, update, errorText } = form
  return (
    <>
      <fieldset className="csr-card">
        <legend className="csr-card__title">{t("csr.expoForm.aboutHeading")}</legend>
        <Field id="expo-name" label={t("csr.expoForm.name")} error={errorText("name")} required>
          {(control) => (
            <input {...control} value={values.name} onChange={(e) => update(withName(values, e.target.value))} maxLength={120} />
          )}
        </Field>
        <Field
          id="expo-handle"
          label={t("csr.expoForm.handle")}
          hint={t("csr.expoForm.handleHint")}
          error={errorText("handle")}
          required
        >
          {(control) => (
            <input
              {...control}
              value={values.handle}
              onChange={(e) => update(withHandle(values, e.target.value))}
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              maxLength={80}
            />
          )}
        </Field>
        <div className="csr-grid-2">
          <Field id="expo-venue" label={t("csr.expoForm.venue")} error={errorText("venue")} required>
            {(control) => (
              <input {...control} value={values.venue} onChange={(e) => update({ ...values, venue: e.target.value })} maxLength={200} />
            )}
          </Field>
          <Field id="expo-city" label={t("csr.expoForm.city")} error={errorText("city")} required>
            {(control) => (
              <input {...control} value={values.city} onChange={(e) => update({ ...values, city: e.target.value })} maxLength={80} />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="csr-card">
        <legend className="csr-card__title">{t("csr.expoForm.whenHeading")}</legend>
        <p className="csr-muted">{t("csr.expoForm.whenLead")}</p>
        <div className="csr-grid-2">
          <Field id="expo-start-date" label={t("csr.expoForm.startDate")} error={errorText("starts_at")} required>
            {(control) => (
              <input {...control} type="date" value={values.startDate} onChange={(e) => update({ ...values, startDate: e.target.value })} />
            )}
          </Field>
          <Field id="expo-start-time" label={t("csr.expoForm.startTime")} required>
            {(control) => (
              <input {...control} type="time" value={values.startTime} onChange={(e) => update({ ...values, startTime: e.target.value })} />
            )}
          </Field>
          <Field id="expo-end-date" label={t("csr.expoForm.endDate")} error={errorText("ends_at")} required>
            {(control) => (
              <input {...control} type="date" value={values.endDate} onChange={(e) => update({ ...values, endDate: e.target.value })} />
            )}
          </Field>
          <Field id="expo-end-time" label={t("csr.expoForm.endTime")} required>
            {(control) => (
              <input {...control} type="time" value={values.endTime} onChange={(e) => update({ ...values, endTime: e.target.value })} />
            )}
          </Field>
        </div>
      </fieldset>
    </>
  )
}

function PromoField({ form }: { form: FormState }) {
  const { t } = useTranslation()
  const { values, update, errorText } = form
  return (
    <Field id="expo-promo" label={t("csr.expoForm.promoCode")} hint={t("csr.expoForm.promoHint")} error={errorText("promo_code")}>
      {(control) => (
        <input
          {...control}
          value={values.promoCode}
          onChange={(e) => update({ ...values, promoCode: normalizePromoCode(e.target.value) })}
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
        />
      )}
    </Field>
  )
}

function PromoPercentageField({ form }: { form: FormState }) {
  const { t } = useTranslation()
  const { values, update, errorText } = form
  return (
    <Field
      id="expo-promo-percentage"
      label={t("csr.expoForm.promoPercentage")}
      hint={t("csr.expoForm.promoPercentageHint")}
      error={errorText("promo_percentage")}
    >
      {(control) => (
        <input
          {...control}
          value={values.promoPercentage}
          onChange={(e) => update({ ...values, promoPercentage: e.target.value })}
          inputMode="numeric"
          maxLength={2}
        />
      )}
    </Field>
  )
}
