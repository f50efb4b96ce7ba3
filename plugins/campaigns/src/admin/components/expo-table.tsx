import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatExpoDates } from "../lib/format"
import type { Expo, Program } from "../lib/types"
import { programPath } from "../lib/paths"
import { DownloadButton } from "./download-button"
import { ExpoReportDrawer } from "./expo-report-drawer"

type Props = { expos: Expo[]; programs: Pick<Program, "id" | "name">[]; showProgram?: boolean }

/** Expos with their printables (QR tag sheet, catalogue) and their report. */
export const ExpoTable = ({ expos, programs, showProgram = true }: Props) => {
  if (!expos.length) {
    return (
      <div className="px-6 py-6">
        <Text size="small" className="text-ui-fg-subtle">
          Belum ada pameran. Tim CSR membuatnya di Portal CSR.
        </Text>
      </div>
    )
  }
  const programName = (id: string) => programs.find((p) => p.id === id)?.name
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Pameran</Table.HeaderCell>
          {showProgram && <Table.HeaderCell>Program</Table.HeaderCell>}
          <Table.HeaderCell>Kota</Table.HeaderCell>
          <Table.HeaderCell>Tanggal</Table.HeaderCell>
          <Table.HeaderCell>Kode promo</Table.HeaderCell>
          <Table.HeaderCell>Dokumen dan laporan</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {expos.map((e) => (
          <Table.Row key={e.id}>
            <Table.Cell>
              <div className="flex flex-col py-2">
                <span className="txt-compact-small-plus">{e.name}</span>
                <span className="text-ui-fg-subtle txt-compact-xsmall">{e.venue}</span>
              </div>
            </Table.Cell>
            {showProgram && (
              <Table.Cell>
                <Link to={programPath(e.program_id)}>{programName(e.program_id) ?? e.program_id}</Link>
              </Table.Cell>
            )}
            <Table.Cell>{e.city}</Table.Cell>
            <Table.Cell className="whitespace-nowrap">{formatExpoDates(e.starts_at, e.ends_at)}</Table.Cell>
            <Table.Cell>
              {e.promo_code ? (
                <Badge size="2xsmall" color="purple">
                  {e.promo_code}
                  {e.promo_percentage ? ` · ${e.promo_percentage}%` : ""}
                </Badge>
              ) : (
                "–"
              )}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-1 py-1">
                <DownloadButton
                  variant="transparent"
                  path={`/admin/campaigns/expos/${e.id}/documents/tags`}
                  fileName={`label-${e.handle}.pdf`}
                >
                  Label QR
                </DownloadButton>
                <DownloadButton
                  variant="transparent"
                  path={`/admin/campaigns/expos/${e.id}/documents/catalogue`}
                  fileName={`katalog-${e.handle}.pdf`}
                >
                  Katalog
                </DownloadButton>
                <ExpoReportDrawer expo={e} />
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
