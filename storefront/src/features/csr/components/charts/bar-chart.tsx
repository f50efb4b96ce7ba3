// A grouped bar chart in SVG (e.g. revenue and premi per day): one image for sight, with its title and a sentence
// for screen readers (role="img"), and the same figures as a table under it.
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { groupedBars, niceMax, niceTicks } from "./scale"

export type ChartSeries = { key: string; label: string; tone: "sogan" | "gold" | "indigo" }
export type ChartDatum = { label: string; values: Record<string, number> }

type Props = {
  title: string
  /** one or two sentences: what the chart shows and its notable figures */
  summary: string
  series: ChartSeries[]
  data: ChartDatum[]
  /** a figure in full, for tooltips and the table ("Rp 650.000") */
  format: (value: number) => string
  /** a figure on the axis ("Rp 650 rb") */
  formatAxis: (value: number) => string
  /** the table's first column heading (e.g. "Tanggal") */
  categoryLabel: string
}

const HEIGHT = 240
const MARGIN = { top: 12, right: 8, bottom: 30, left: 76 }

export function BarChart({ title, summary, series, data, format, formatAxis, categoryLabel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  // 3:1 at least, so a tablet-wide chart is not taller than the screen
  const width = Math.max(720, data.length * series.length * 30 + MARGIN.left + MARGIN.right)
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  }
  const max = niceMax(Math.max(0, ...data.flatMap((d) => series.map((s) => d.values[s.key] ?? 0))))
  const bars = groupedBars(
    data.map((d) => series.map((s) => d.values[s.key] ?? 0)),
    max,
    plot
  )
  const groupWidth = data.length ? plot.width / data.length : 0
  // with many groups, every other label keeps them from running into each other
  const labelEvery = groupWidth < 44 ? Math.ceil(44 / Math.max(groupWidth, 1)) : 1

  return (
    <figure className="csr-chart">
      <div className="csr-chart__scroll">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="csr-chart__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {niceTicks(max).map((tick) => {
            const y = plot.top + plot.height - (tick / max) * plot.height
            return (
              <g key={tick} className="csr-chart__tick">
                <line x1={plot.left} x2={plot.left + plot.width} y1={y} y2={y} />
                <text x={plot.left - 6} y={y} dy="0.32em" textAnchor="end">
                  {formatAxis(tick)}
                </text>
              </g>
            )
          })}
          {bars.map((group, g) => (
            <g key={g}>
              {group.map((bar, s) => {
                const serie = series[s]!
                const value = data[g]!.values[serie.key] ?? 0
                return (
                  <rect
                    key={serie.key}
                    className={`csr-chart__bar csr-chart__bar--${serie.tone}`}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    rx={2}
                  >
                    <title>{`${data[g]!.label} · ${serie.label}: ${format(value)}`}</title>
                  </rect>
                )
              })}
              {g % labelEvery === 0 && (
                <text
                  className="csr-chart__label"
                  x={plot.left + g * groupWidth + groupWidth / 2}
                  y={HEIGHT - 10}
                  textAnchor="middle"
                >
                  {data[g]!.label}
                </text>
              )}
            </g>
          ))}
          <line className="csr-chart__axis" x1={plot.left} x2={plot.left + plot.width} y1={plot.top + plot.height} y2={plot.top + plot.height} />
        </svg>
      </div>
      <figcaption className="csr-chart__caption">
        <ul className="csr-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <span className={`csr-chart__swatch csr-chart__bar--${s.tone}`} />
              {s.label}
            </li>
          ))}
        </ul>
        <p>{summary}</p>
      </figcaption>
      <details className="csr-chart__table">
        <summary>{t("csr.charts.showTable")}</summary>
        <table className="csr-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="csr-table__num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                {series.map((s) => (
                  <td key={s.key} className="csr-table__num" data-label={s.label}>
                    {format(d.values[s.key] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
