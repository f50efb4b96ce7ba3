// A labelled input or select with its hint and its error, wired for screen readers (aria-describedby, aria-invalid).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react"

type FieldFrame = {
  id: string
  label: string
  hint?: string
  error?: string
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

function Frame({ id, label, hint, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={error ? "account-field account-field--invalid" : "account-field"}>
      <label htmlFor={id} className="account-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="account-field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="account-field__error">
          {error}
        </p>
      )}
    </div>
  )
}

export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="account-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </Frame>
  )
}

export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="account-field__input account-field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  )
}

/** Moves focus to the first field with an error, in the form's order. */
export function focusFirstError(prefix: string, order: readonly string[], errors: object): void {
  const first = order.find((field) => field in errors)
  if (first) document.getElementById(`${prefix}-${first}`)?.focus()
}
