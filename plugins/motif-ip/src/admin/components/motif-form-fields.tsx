import { Input, Label, Select, Switch } from "@medusajs/ui"
import { HOLDER_LABELS, STATUS_LABELS, type MotifFormValues } from "../lib/motif-form"
import { HOLDER_KINDS, MOTIF_STATUSES, type HolderKind, type MotifStatus, type ParticipantOption } from "../lib/types"
import { FormField } from "./form-field"

type Props = {
  values: MotifFormValues
  onChange: (patch: Partial<MotifFormValues>) => void
  participants: ParticipantOption[]
}

const id = (name: string) => `motif-edit-${name}`

/** The motif's DJKI record, holder and licence terms. */
export const MotifFormFields = ({ values, onChange, participants }: Props) => {
  const text = (name: keyof MotifFormValues) => ({
    id: id(name),
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => onChange({ [name]: e.target.value }),
  })
  const toggle = (name: "credit_required" | "other_facilities_allowed", label: string) => (
    <div className="flex items-center gap-x-2">
      <Switch id={id(name)} checked={values[name]} onCheckedChange={(checked) => onChange({ [name]: checked })} />
      <Label htmlFor={id(name)} size="small">
        {label}
      </Label>
    </div>
  )
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField id={id("title")} label="Title">
        <Input {...text("title")} />
      </FormField>
      <FormField id={id("status")} label="Status">
        <Select value={values.status} onValueChange={(v) => onChange({ status: v as MotifStatus })}>
          <Select.Trigger id={id("status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {MOTIF_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {STATUS_LABELS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id={id("application_number")} label="DJKI application number" optional hint="EC00 + year + digits">
        <Input {...text("application_number")} placeholder="EC00202312345" className="font-mono" />
      </FormField>
      <FormField id={id("registration_number")} label="DJKI registration number" optional hint="9 digits">
        <Input {...text("registration_number")} placeholder="000450101" className="font-mono" />
      </FormField>
      <FormField id={id("work_type")} label="Work type">
        <Input {...text("work_type")} placeholder="Seni Motif" />
      </FormField>
      <div />
      <FormField id={id("first_published_at")} label="First published on" optional>
        <Input {...text("first_published_at")} type="date" />
      </FormField>
      <FormField id={id("first_published_place")} label="First published in" optional>
        <Input {...text("first_published_place")} placeholder="Jambi" />
      </FormField>
      <FormField id={id("holder_kind")} label="Rights holder">
        <Select value={values.holder_kind} onValueChange={(v) => onChange({ holder_kind: v as HolderKind })}>
          <Select.Trigger id={id("holder_kind")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {HOLDER_KINDS.map((k) => (
              <Select.Item key={k} value={k}>
                {HOLDER_LABELS[k]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      {values.holder_kind === "participant" ? (
        <FormField id={id("holder_participant_id")} label="Holding participant">
          <Select
            value={values.holder_participant_id || undefined}
            onValueChange={(v) => onChange({ holder_participant_id: v })}
          >
            <Select.Trigger id={id("holder_participant_id")}>
              <Select.Value placeholder="Choose a participant" />
            </Select.Trigger>
            <Select.Content>
              {participants.map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.display_name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
      ) : values.holder_kind === "organisation" ? (
        <FormField id={id("holder_organisation")} label="Holding organisation">
          <Input {...text("holder_organisation")} placeholder="Koperasi …" />
        </FormField>
      ) : (
        <div />
      )}
      <FormField id={id("royalty_percent")} label="Royalty (%)" hint="Share of the price paid to the holder, 0–100">
        <Input {...text("royalty_percent")} type="number" min={0} max={100} step={0.01} />
      </FormField>
      <div className="flex flex-col justify-center gap-y-3">
        {toggle("credit_required", "Credit required on products")}
        {toggle("other_facilities_allowed", "Other facilities may use it")}
      </div>
    </div>
  )
}
