import { Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import type { FieldErrors } from "../lib/field-errors"
import { parseList, parseSdgTargets, type ProgramField, type ProgramFormValues } from "../lib/program-form"
import { useFacilityOptions } from "../lib/queries"
import { CheckboxList } from "./checkbox-list"
import { FormField } from "./form-field"

type Props = {
  values: ProgramFormValues
  onChange: (patch: Partial<ProgramFormValues>) => void
  errors: FieldErrors<ProgramField>["fields"]
  idPrefix: string
  /** the create drawer sets it; the detail page has its own (de)activate button */
  showActive?: boolean
}

/** What a typed list will be saved as, so the operator sees how it was read. */
const Parsed = ({ items }: { items: string[] }) =>
  items.length ? (
    <Text size="xsmall" className="text-ui-fg-subtle">
      Tersimpan sebagai: {items.map((i) => `“${i}”`).join(", ")}
    </Text>
  ) : null

/** Every field of a program; used by the create drawer and the detail page. */
export const ProgramFormFields = ({ values, onChange, errors, idPrefix, showActive }: Props) => {
  const facilities = useFacilityOptions()
  const id = (name: string) => `${idPrefix}-${name}`
  const text = (name: Exclude<ProgramField, "is_active" | "facility_ids">) => ({
    id: id(name),
    name,
    value: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    onChange: (e: { target: { value: string } }) => onChange({ [name]: e.target.value }),
  })
  const options = (facilities.data?.facilities ?? []).map((f) => ({
    id: f.id,
    label: f.name,
    hint: f.is_active ? f.city : `${f.city}, nonaktif`,
  }))
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id={id("name")} label="Nama program" error={errors.name}>
          <Input {...text("name")} placeholder="PATRA Academy" />
        </FormField>
        <FormField id={id("handle")} label="Handle" hint="Huruf kecil, angka, dan tanda hubung; dipakai di alamat halaman" error={errors.handle}>
          <Input {...text("handle")} placeholder="patra-academy" />
        </FormField>
        <FormField id={id("sponsor_company")} label="Perusahaan sponsor" error={errors.sponsor_company}>
          <Input {...text("sponsor_company")} placeholder="Kilang Pertamina Plaju" />
        </FormField>
        <FormField id={id("sponsor_unit")} label="Unit sponsor" optional error={errors.sponsor_unit}>
          <Input {...text("sponsor_unit")} placeholder="Communication, Relation & CSR" />
        </FormField>
        <FormField id={id("start_date")} label="Tanggal mulai" optional hint="Kosongkan bila sumber tidak menyebutkan tanggal" error={errors.start_date}>
          <Input {...text("start_date")} type="date" />
        </FormField>
      </div>
      <FormField id={id("skills")} label="Keterampilan yang dilatih" optional hint="Pisahkan dengan koma atau baris baru, mis. menjahit, anyaman tali meiwa" error={errors.skills}>
        <Textarea {...text("skills")} rows={2} />
      </FormField>
      <Parsed items={parseList(values.skills)} />
      <FormField id={id("sdg_targets")} label="Target SDG" optional hint="Nomor target, dipisah koma, mis. 1.4, 8.5" error={errors.sdg_targets}>
        <Input {...text("sdg_targets")} placeholder="1.4, 8.5" />
      </FormField>
      <Parsed items={parseSdgTargets(values.sdg_targets)} />
      <FormField id={id("description_id")} label="Deskripsi (Bahasa Indonesia)" optional error={errors.description_id}>
        <Textarea {...text("description_id")} rows={4} />
      </FormField>
      <FormField id={id("description_en")} label="Deskripsi (English)" optional error={errors.description_en}>
        <Textarea {...text("description_en")} rows={4} />
      </FormField>
      <FormField id={id("facility_ids")} label="Lapas binaan" optional error={errors.facility_ids}>
        {facilities.error ? (
          <Text size="small" className="text-ui-fg-error">
            Daftar lapas tidak termuat: {facilities.error.message}
          </Text>
        ) : (
          <CheckboxList
            idPrefix={id("facility_ids")}
            options={options}
            value={values.facility_ids}
            onChange={(facility_ids) => onChange({ facility_ids })}
            empty={facilities.isLoading ? "Memuat lapas…" : "Belum ada lapas."}
          />
        )}
      </FormField>
      {showActive && (
        <div className="flex items-center gap-x-2">
          <Switch
            id={id("is_active")}
            checked={values.is_active}
            onCheckedChange={(checked) => onChange({ is_active: checked })}
          />
          <Label htmlFor={id("is_active")} size="small">
            Aktif (tampil di toko)
          </Label>
        </div>
      )}
    </div>
  )
}
