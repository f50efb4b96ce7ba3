import { Input, Select, Switch, Label, Textarea } from "@medusajs/ui"
import type { FacilityFormValues } from "../lib/facility-form"
import { FACILITY_CLASSES, FACILITY_KINDS, type FacilityClass, type FacilityKind } from "../lib/types"
import { FormField } from "./form-field"

type Props = {
  values: FacilityFormValues
  onChange: (patch: Partial<FacilityFormValues>) => void
  idPrefix: string
}

const KIND_LABELS: Record<FacilityKind, string> = {
  lapas: "Lapas (correctional facility)",
  lpp: "LPP (women's correctional facility)",
  rutan: "Rutan (detention centre)",
  lpka: "LPKA (juvenile facility)",
}

/** All fields of a facility; used by the create drawer and the edit form. */
export const FacilityFormFields = ({ values, onChange, idPrefix }: Props) => {
  const id = (name: string) => `${idPrefix}-${name}`
  const text = (name: keyof FacilityFormValues) => ({
    id: id(name),
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => onChange({ [name]: e.target.value }),
  })
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id={id("name")} label="Name">
          <Input {...text("name")} placeholder="Lapas Perempuan Kelas IIA Bandung" />
        </FormField>
        <FormField id={id("short_name")} label="Short name" hint="Used in public maker labels">
          <Input {...text("short_name")} placeholder="Lapas Perempuan Bandung" />
        </FormField>
        <FormField id={id("handle")} label="Handle" hint="Lowercase letters, digits and dashes">
          <Input {...text("handle")} placeholder="lapas-perempuan-bandung" />
        </FormField>
        <FormField id={id("whatsapp")} label="WhatsApp" optional hint="Digits only, e.g. 6281234567890">
          <Input {...text("whatsapp")} placeholder="6281234567890" />
        </FormField>
        <FormField id={id("kind")} label="Kind">
          <Select value={values.kind} onValueChange={(v) => onChange({ kind: v as FacilityKind })}>
            <Select.Trigger id={id("kind")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FACILITY_KINDS.map((k) => (
                <Select.Item key={k} value={k}>
                  {KIND_LABELS[k]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id={id("class")} label="Class">
          <Select value={values.class} onValueChange={(v) => onChange({ class: v as FacilityClass })}>
            <Select.Trigger id={id("class")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FACILITY_CLASSES.map((c) => (
                <Select.Item key={c} value={c}>
                  Kelas {c}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id={id("city")} label="City">
          <Input {...text("city")} placeholder="Bandung" />
        </FormField>
        <FormField id={id("province")} label="Province">
          <Input {...text("province")} placeholder="Jawa Barat" />
        </FormField>
      </div>
      <FormField id={id("cover_image")} label="Cover image URL" optional>
        <Input {...text("cover_image")} placeholder="https://…" />
      </FormField>
      <FormField id={id("story_id")} label="Story (Bahasa Indonesia)" optional>
        <Textarea {...text("story_id")} rows={4} />
      </FormField>
      <FormField id={id("story_en")} label="Story (English)" optional>
        <Textarea {...text("story_en")} rows={4} />
      </FormField>
      <div className="flex items-center gap-x-2">
        <Switch
          id={id("is_active")}
          checked={values.is_active}
          onCheckedChange={(checked) => onChange({ is_active: checked })}
        />
        <Label htmlFor={id("is_active")} size="small">
          Active (shown in the store)
        </Label>
      </div>
    </div>
  )
}
