import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Stat = { label: string; value: ReactNode; hint?: string }

/** A row of labelled figures (totals, a template's shares, a month's summary). */
export const StatGrid = ({ stats }: { stats: Stat[] }) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3 xl:grid-cols-5">
    {stats.map((s) => (
      <div key={s.label} className="flex flex-col gap-y-1">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          {s.label}
        </Text>
        <Text size="large" weight="plus" className="tabular-nums">
          {s.value}
        </Text>
        {s.hint && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {s.hint}
          </Text>
        )}
      </div>
    ))}
  </div>
)
