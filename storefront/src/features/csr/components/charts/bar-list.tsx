// A ranked list with a bar per item (e.g. top products by revenue). The names and figures are the list's own text,
// so the bars are decoration for sight (aria-hidden) and the list reads the same without them.
import { barLength } from "./scale"

export type BarListItem = { key: string; label: string; value: number; detail?: string }

type Props = {
  label: string
  items: BarListItem[]
  format: (value: number) => string
}

export function BarList({ label, items, format }: Props) {
  const max = Math.max(0, ...items.map((i) => i.value))
  return (
    <ol className="csr-bar-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="csr-bar-list__item">
          <div className="csr-bar-list__text">
            <span className="csr-bar-list__label">{item.label}</span>
            <span className="csr-bar-list__value">
              {format(item.value)}
              {item.detail && <span className="csr-bar-list__detail"> · {item.detail}</span>}
            </span>
          </div>
          <svg className="csr-bar-list__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x={0} y={0} width={100} height={8} rx={2} className="csr-bar-list__track" />
            <rect x={0} y={0} width={barLength(item.value, max, 100)} height={8} rx={2} className="csr-chart__bar--sogan" />
          </svg>
        </li>
      ))}
    </ol>
  )
}
