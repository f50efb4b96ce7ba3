// A labelled form control with its hint and error wired up for assistive technology.
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type FieldProps = {
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

export function Field({ id, label, hint, error, required, children, className }: FieldProps) {
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={`portal-field${error ? " portal-field--invalid" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="portal-field__label">
        {label}
        {required && (
          <span className="portal-field__required"> ({t("portal.common.required")})</span>
        )}
      </label>
      {children({
        id,
        "aria-invalid": Boolean(error),
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        required: required || undefined,
      })}
      {hint && (
        <p id={hintId} className="portal-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="portal-field__error">
          {error}
        </p>
      )}
    </div>
  )
}

/** An error for the whole form (server refusal, failed request); announced when it appears. */
export function FormAlert({ title, message }: { title?: string; message: string }) {
  return (
    <div className="portal-alert" role="alert">
      {title && <p className="portal-alert__title">{title}</p>}
      <p>{message}</p>
    </div>
  )
}

/** A quiet success message. */
export function FormNotice({ message }: { message: string | null }) {
  return (
    <p className="portal-notice" role="status" aria-live="polite">
      {message}
    </p>
  )
}
