import { Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import type { Program } from "../lib/types"
import { DownloadButton } from "./download-button"
import { FormField } from "./form-field"

/**
 * The program's impact report (facilities, participants trained and earning, rupiah paid to makers, products sold)
 * as PDF or CSV, for a period: empty bounds mean from the program's start / until today.
 */
export const ProgramReportSection = ({ program }: { program: Program }) => {
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const path = `/admin/campaigns/programs/${program.id}/report`
  const period = { from: from || undefined, to: to || undefined }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Laporan dampak</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Lapas, peserta yang dilatih dan berpenghasilan, premi yang diterima para pembuat, dan produk terjual, dari
          buku besar. Tanpa data pribadi peserta.
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <FormField id="report-from" label="Dari tanggal" optional>
          <Input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </FormField>
        <FormField id="report-to" label="Sampai tanggal" optional>
          <Input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </FormField>
        <div className="flex gap-x-2">
          <DownloadButton path={path} query={{ ...period, format: "pdf" }} fileName={`laporan-dampak-${program.handle}.pdf`}>
            Unduh PDF
          </DownloadButton>
          <DownloadButton path={path} query={{ ...period, format: "csv" }} fileName={`laporan-dampak-${program.handle}.csv`}>
            Unduh CSV
          </DownloadButton>
        </div>
      </div>
    </Container>
  )
}
