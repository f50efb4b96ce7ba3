import { Button, Drawer, Heading, Table, Text } from "@medusajs/ui"
import { ChartBar } from "@medusajs/icons"
import { useState } from "react"
import { formatDay, formatExpoDates, formatRupiah } from "../lib/format"
import { useExpoReport } from "../lib/queries"
import type { Expo, ExpoReport } from "../lib/types"
import { QueryState } from "./query-state"

const Stat = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <div className="flex flex-col gap-y-1 rounded-md border px-4 py-3">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus" className="tabular-nums" data-testid={testId}>
      {value}
    </Text>
  </div>
)

const ReportBody = ({ report }: { report: ExpoReport }) => (
  <div className="flex flex-col gap-y-6">
    <div className="grid grid-cols-2 gap-3">
      <Stat label="Pesanan" value={String(report.totals.orders)} testId="expo-report-orders" />
      <Stat label="Barang terjual" value={String(report.totals.items_sold)} />
      <Stat label="Pendapatan" value={formatRupiah(report.totals.revenue)} testId="expo-report-revenue" />
      <Stat label="Premi untuk pembuat" value={formatRupiah(report.totals.premi)} testId="expo-report-premi" />
    </div>
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Menurut sumber</Heading>
      <Text size="small">
        Penjualan di stan: {report.by_source.booth.orders} pesanan, {formatRupiah(report.by_source.booth.revenue)} ·
        Lewat kode QR: {report.by_source.qr.orders} pesanan, {formatRupiah(report.by_source.qr.revenue)}
      </Text>
    </div>
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Per hari</Heading>
      {report.by_day.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tanggal</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pesanan</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pendapatan</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Premi</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.by_day.map((d) => (
              <Table.Row key={d.date}>
                <Table.Cell>{formatDay(d.date)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{d.orders}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatRupiah(d.revenue)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatRupiah(d.premi)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Belum ada penjualan.
        </Text>
      )}
    </div>
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Produk terlaris</Heading>
      {report.top_products.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Produk</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Jumlah</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pendapatan</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.top_products.map((p) => (
              <Table.Row key={p.product_id}>
                <Table.Cell>{p.title}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{p.quantity}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatRupiah(p.revenue)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Belum ada produk terjual.
        </Text>
      )}
    </div>
  </div>
)

/** The expo's dashboard figures (GET /admin/campaigns/expos/:id/report), loaded when the drawer opens. */
export const ExpoReportDrawer = ({ expo }: { expo: Expo }) => {
  const [open, setOpen] = useState(false)
  const { data, isLoading, error } = useExpoReport(expo.id, open)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent" aria-label={`Laporan ${expo.name}`}>
          <ChartBar />
          Laporan
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Laporan {expo.name}</Drawer.Title>
          <Drawer.Description>
            {expo.venue}, {expo.city} · {formatExpoDates(expo.starts_at, expo.ends_at)}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {data ? <ReportBody report={data.report} /> : <QueryState isLoading={isLoading} error={error} />}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
