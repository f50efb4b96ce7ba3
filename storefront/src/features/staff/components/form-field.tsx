// A labelled form control with its hint and error wired up for assistive technology, and the form-level messages,
// in one portal's class names and texts. Each portal binds them to its key once (formFields) in its own form-field.tsx.
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { StaffPortalKey } from "../staff-portal"

export type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  /** gets the aria props to spread on the control */
  children: (control: {
    id: string
    "aria-invalid": boolean
    "aria-describedby": string | undefined
    required: boolean | undefined
  }) => ReactNode
  className?: string
}

export function StaffField({
  portal,
  id,
  label,
  hint,
  error,
  required,
  children,
  className,
}: FieldProps & { portal: StaffPortalKey }) {
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={[`${portal}-field`, error ? `${portal}-field--invalid` : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={`${portal}-field__label`}>
        {label}
        {required && <span className={`${portal}-field__required`}> ({t(`${portal}.common.required`)})</span>}
      </label>
      {children({
        id,
        "aria-invalid": Boolean(error),
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        required: required || undefined,
      })}
      {hint && (
        <p id={hintId} className={`${portal}-field__hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={`${portal}-field__error`}>
          {error}
        </p>
      )}
    </div>
  )
}

type FormAlertProps = { title?: string; message: string }

/** An error for the whole form (server refusal, failed request); announced when it appears. */
export function StaffFormAlert({ portal, title, message }: FormAlertProps & { portal: StaffPortalKey }) {
  return (
    <div className={`${portal}-alert`} role="alert">
      {title && <p className={`${portal}-alert__title`}>{title}</p>}
      <p>{message}</p>
    </div>
  )
}

type FormNoticeProps = { message: string | null }

/** A quiet success message, announced politely. */
export function StaffFormNotice({ portal, message }: FormNoticeProps & { portal: StaffPortalKey }) {
  return (
    <p className={`${portal}-notice`} role="status" aria-live="polite">
      {message}
    </p>
  )
}

/** The three bound to one portal, for its pages to import as Field, FormAlert and FormNotice. */
export function formFields(portal: StaffPortalKey) {
  function Field(props: FieldProps) {
    return <StaffField portal={portal} {...props} />
  }
  function FormAlert(props: FormAlertProps) {
    return <StaffFormAlert portal={portal} {...props} />
  }
  function FormNotice(props: FormNoticeProps) {
    return <StaffFormNotice portal={portal} {...props} />
  }
  return { Field, FormAlert, FormNotice }
}

/** Moves focus to the first control marked invalid, after React has rendered the marks. */
export function focusFirstInvalid(root: HTMLElement): void {
  requestAnimationFrame(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
