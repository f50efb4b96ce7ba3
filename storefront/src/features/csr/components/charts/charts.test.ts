// Component test: the charts as HTML, read the way a screen reader or a table-minded reader would.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import { formatRupiah } from "../../../../lib/money"
import en from "../../locales/en.json"
import id from "../../locales/id.json"
import { BarChart } from "./bar-chart"
import { BarList } from "./bar-list"

// collapses spaces but keeps the no-break spaces Intl puts in "Rp 650.000"
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ").trim()

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
})

const chart = () =>
  renderToStaticMarkup(
    createElement(BarChart, {
      title: "Pendapatan dan premi per hari",
      summary: "Pendapatan Rp 1.300.000 dalam 2 hari.",
      categoryLabel: "Tanggal",
      series: [
        { key: "revenue", label: "Pendapatan", tone: "sogan" },
        { key: "premi", label: "Premi", tone: "gold" },
      ],
      data: [
        { label: "4 Des", values: { revenue: 650_000, premi: 300_000 } },
        { label: "5 Des", values: { revenue: 1_000_000, premi: 0 } },
      ],
      format: formatRupiah,
      formatAxis: (n) => String(n),
    })
  )

describe("BarChart", () => {
  it("is one image named by its title and summary", () => {
    const html = chart()
    expect(html).toMatch(/<svg role="img" aria-labelledby="([^"]+)-title \1-desc"/)
    expect(html).toContain(">Pendapatan dan premi per hari</title>")
    expect(html).toContain(">Pendapatan Rp 1.300.000 dalam 2 hari.</desc>")
  })

  it("draws bar heights on a round axis: the tallest day reaches the top", () => {
    const html = chart()
    const heights = [...html.matchAll(/<rect class="csr-chart__bar[^"]*"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]))
    // plot height 240 - 12 - 30 = 198 on an axis of 0..1,000,000
    expect(heights).toEqual([128.7, 59.4, 198, 0])
    expect(text(html)).toContain("0 200000 400000 600000 800000 1000000")
    expect(html).toContain("<title>4 Des · Pendapatan: Rp\u00a0650.000</title>")
  })

  it("gives the same figures as a table", () => {
    const table = text(chart().split("<details")[1]!)
    expect(table).toContain("Lihat sebagai tabel")
    expect(table).toContain("Tanggal Pendapatan Premi 4 Des Rp\u00a0650.000 Rp\u00a0300.000 5 Des Rp\u00a01.000.000 Rp\u00a00")
  })
})

describe("BarList", () => {
  it("lists each item's name and figure as text, the bars hidden from screen readers and scaled to the largest", () => {
    const html = renderToStaticMarkup(
      createElement(BarList, {
        label: "Produk terlaris",
        format: formatRupiah,
        items: [
          { key: "a", label: "Songket Lepus", value: 1_300_000, detail: "2 terjual" },
          { key: "b", label: "Keripik Tempe", value: 325_000 },
        ],
      })
    )
    expect(html).toContain('<ol class="csr-bar-list" aria-label="Produk terlaris">')
    expect(text(html)).toBe("Songket Lepus Rp\u00a01.300.000 · 2 terjual Keripik Tempe Rp\u00a0325.000")
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2)
    const widths = [...html.matchAll(/width="([\d.]+)" height="8" rx="2" class="csr-chart__bar--sogan"/g)].map((m) => Number(m[1]))
    expect(widths).toEqual([100, 25])
  })
})
