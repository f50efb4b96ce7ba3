// A labelled form control with its hint and error wired up for assistive technology, and the form-level messages.
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
    <div className={["csr-field", error ? "csr-field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id} className="csr-field__label">
        {label}
        {required && <span className="csr-field__required"> ({t("csr.common.required")})</span>}
      </label>
      {children({
        id,
        "aria-invalid": Boolean(error),
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        required: required || undefined,
      })}
      {hint && (
        <p id={hintId} className="csr-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="csr-field__error">
          {error}
        </p>
      )}
    </div>
  )
}

/** An error for the whole form (server refusal, failed request); announced when it appears. */
export function FormAlert({ title, message }: { title?: string; message: string }) {
  return (
    <div className="csr-alert" role="alert">
      {title && <p className="csr-alert__title">{title}</p>}
      <p>{message}</p>
    </div>
  )
}

/** A quiet success message, announced politely. */
export function FormNotice({ message }: { message: string | null }) {
  return (
    <p className="csr-notice" role="status" aria-live="polite">
      {message}
    </p>
  )
}

/** Moves focus to the first control marked invalid, after React has rendered the marks. */
export function focusFirstInvalid(root: HTMLElement): void {
  requestAnimationFrame(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
