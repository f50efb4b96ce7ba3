import { Checkbox, Label, Text } from "@medusajs/ui"

export type CheckboxOption = { id: string; label: string; hint?: string }

type Props = {
  idPrefix: string
  options: CheckboxOption[]
  value: string[]
  onChange: (ids: string[]) => void
  empty: string
}

/** A multi-select as a list of checkboxes (the set is small: facilities, programs); keeps the options' order. */
export const CheckboxList = ({ idPrefix, options, value, onChange, empty }: Props) => {
  if (!options.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {empty}
      </Text>
    )
  }
  const toggle = (id: string, on: boolean) =>
    onChange(on ? options.filter((o) => o.id === id || value.includes(o.id)).map((o) => o.id) : value.filter((v) => v !== id))
  return (
    <div className="flex flex-col gap-y-2 rounded-md border px-3 py-2" id={idPrefix} role="group">
      {options.map((o) => {
        const id = `${idPrefix}-${o.id}`
        return (
          <div key={o.id} className="flex items-start gap-x-2">
            <Checkbox id={id} checked={value.includes(o.id)} onCheckedChange={(c) => toggle(o.id, c === true)} />
            <Label htmlFor={id} size="small" className="leading-5">
              {o.label}
              {o.hint && <span className="text-ui-fg-subtle"> · {o.hint}</span>}
            </Label>
          </div>
        )
      })}
    </div>
  )
}
