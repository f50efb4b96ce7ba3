import { Button, Input, Label, Select } from "@medusajs/ui"
import { useEffect, useState, type ReactNode } from "react"
import { ACCOUNT_TYPE_LABELS, KIND_LABELS } from "../lib/format"
import {
  ACCOUNT_TYPES,
  ENTRY_KINDS,
  type AccountType,
  type EntryFilters,
  type EntryKind,
  type FacilityRevenueSummary,
} from "../lib/types"

const ALL = "all"

type Props = {
  filters: EntryFilters
  facilities: FacilityRevenueSummary[]
  /** Changes the given filters, keeping the others. */
  onChange: (patch: Partial<EntryFilters>) => void
  onClear: () => void
}

/** A text filter that applies on Enter or when it loses focus, not on every key (each change is a request). */
const CommitInput = ({
  id,
  value,
  placeholder,
  onCommit,
}: {
  id: string
  value: string
  placeholder: string
  onCommit: (value: string | undefined) => void
}) => {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => {
    const next = draft.trim()
    if (next !== value) onCommit(next || undefined)
  }
  return (
    <Input
      id={id}
      size="small"
      className="font-mono"
      placeholder={placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit()
      }}
    />
  )
}

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    {children}
  </div>
)

/** The query of GET /admin/revenue/entries: facility, account, order, kind and the period (Jakarta dates). */
export const LedgerFilters = ({ filters, facilities, onChange, onClear }: Props) => {
  const set = onChange
  const active = Object.values(filters).some(Boolean)
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4 xl:grid-cols-8">
      <div className="col-span-2">
        <Field id="ledger-facility" label="Facility">
          <Select
            size="small"
            value={filters.facility_id ?? ALL}
            onValueChange={(v) => set({ facility_id: v === ALL ? undefined : v })}
          >
            <Select.Trigger id="ledger-facility">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All facilities</Select.Item>
              {facilities.map((f) => (
                <Select.Item key={f.id} value={f.id}>
                  {f.name}
                </Select.Item>
              ))}
              {filters.facility_id && !facilities.some((f) => f.id === filters.facility_id) && (
                <Select.Item value={filters.facility_id}>{filters.facility_id}</Select.Item>
              )}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <div className="col-span-2">
        <Field id="ledger-account-type" label="Account type">
          <Select
            size="small"
            value={filters.account_type ?? ALL}
            onValueChange={(v) => set({ account_type: v === ALL ? undefined : (v as AccountType) })}
          >
            <Select.Trigger id="ledger-account-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All accounts</Select.Item>
              {ACCOUNT_TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {ACCOUNT_TYPE_LABELS[t]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <div className="col-span-2">
        <Field id="ledger-account-id" label="Account id">
          <CommitInput
            id="ledger-account-id"
            value={filters.account_id ?? ""}
            placeholder="par_… / fac_… / platform"
            onCommit={(account_id) => set({ account_id })}
          />
        </Field>
      </div>
      <div className="col-span-2">
        <Field id="ledger-order-id" label="Order id">
          <CommitInput
            id="ledger-order-id"
            value={filters.order_id ?? ""}
            placeholder="order_…"
            onCommit={(order_id) => set({ order_id })}
          />
        </Field>
      </div>
      <div className="col-span-2">
        <Field id="ledger-kind" label="Kind">
          <Select
            size="small"
            value={filters.kind ?? ALL}
            onValueChange={(v) => set({ kind: v === ALL ? undefined : (v as EntryKind) })}
          >
            <Select.Trigger id="ledger-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All kinds</Select.Item>
              {ENTRY_KINDS.map((k) => (
                <Select.Item key={k} value={k}>
                  {KIND_LABELS[k]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <div className="col-span-1 xl:col-span-2">
        <Field id="ledger-from" label="From (WIB)">
          <Input
            id="ledger-from"
            size="small"
            type="date"
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </Field>
      </div>
      <div className="col-span-1 xl:col-span-2">
        <Field id="ledger-to" label="To (WIB, inclusive)">
          <Input
            id="ledger-to"
            size="small"
            type="date"
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </Field>
      </div>
      <div className="col-span-2 flex items-end">
        <Button size="small" variant="secondary" type="button" disabled={!active} onClick={onClear}>
          Clear filters
        </Button>
      </div>
    </div>
  )
}
