import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { id: string; label: string; hint?: string; optional?: boolean; error?: string; children: ReactNode }

/** A labelled field; the server's message about it (a 400 naming it) shows under it. */
export const FormField = ({ id, label, hint, optional, error, children }: Props) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (opsional)</span>}
    </Label>
    {children}
    {hint && !error && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Text size="xsmall" className="text-ui-fg-error" id={`${id}-error`} data-field-error={id}>
        {error}
      </Text>
    )}
  </div>
)

/** What the server said that names no field of the form. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
