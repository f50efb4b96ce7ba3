import { Select } from "@medusajs/ui"
import { STATUS_LABELS } from "../lib/motif-form"
import { useFacilityOptions } from "../lib/queries"
import { MOTIF_STATUSES, type MotifFilters as Filters, type MotifStatus } from "../lib/types"

const ALL = "all"

type Props = { filters: Filters; onChange: (filters: Filters) => void }

/** Status and facility filters (the `status` and `facility` query params of GET /admin/motifs). */
export const MotifFilters = ({ filters, onChange }: Props) => {
  const { data } = useFacilityOptions()
  const facilities = data?.facilities ?? []
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <div className="w-48">
        <Select
          size="small"
          value={filters.status ?? ALL}
          onValueChange={(v) => onChange({ ...filters, status: v === ALL ? undefined : (v as MotifStatus) })}
        >
          <Select.Trigger aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {MOTIF_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {STATUS_LABELS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="w-72">
        <Select
          size="small"
          value={filters.facility ?? ALL}
          onValueChange={(v) => onChange({ ...filters, facility: v === ALL ? undefined : v })}
        >
          <Select.Trigger aria-label="Facility">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All facilities</Select.Item>
            {facilities.map((f) => (
              <Select.Item key={f.id} value={f.handle}>
                {f.name}
              </Select.Item>
            ))}
            {filters.facility && !facilities.some((f) => f.handle === filters.facility) && (
              <Select.Item value={filters.facility}>{filters.facility}</Select.Item>
            )}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
