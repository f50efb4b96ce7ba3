// The headline figures of a report, one card each.
export type Kpi = { key: string; label: string; value: string }

export function KpiCards({ items, label }: { items: Kpi[]; label: string }) {
  return (
    <ul className={`kpi-grid${items.length === 6 ? " kpi-grid--6" : ""}`} aria-label={label}>
      {items.map((kpi) => (
        <li key={kpi.key} className="kpi-card" data-testid={`kpi-${kpi.key}`}>
          <span className="kpi-card__value">{kpi.value}</span>
          <span className="kpi-card__label">{kpi.label}</span>
        </li>
      ))}
    </ul>
  )
}
