// A labelled input or select with its hint and its error, wired for screen readers.
import type { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  children: (props: {
    id: string
    "aria-describedby"?: string
    "aria-invalid"?: true
  }) => ReactNode
}

export function FormField({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`form-field${error ? " form-field--invalid" : ""}`}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="form-field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
