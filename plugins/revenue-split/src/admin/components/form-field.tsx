import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { id: string; label: string; hint?: string; optional?: boolean; children: ReactNode }

export const FormField = ({ id, label, hint, optional, children }: Props) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
