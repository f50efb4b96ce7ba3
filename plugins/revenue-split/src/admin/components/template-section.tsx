import { Container, Heading, Table, Text } from "@medusajs/ui"
import { formatBps, formatDateTime } from "../lib/format"
import { useTemplates } from "../lib/queries"
import { DEFAULT_TEMPLATE, type Template } from "../lib/types"
import { QueryState } from "./query-state"
import { StatGrid } from "./stat-grid"
import { TemplateDrawer } from "./template-drawer"

const versionLabel = (t: Template) => (t.version === 0 ? "v0 (default)" : `v${t.version}`)

/** The split template in force, its versions (newest first) and the form to record a new version. */
export const TemplateSection = ({ facilityId, template }: { facilityId: string; template: Template }) => {
  const { data, isLoading, error } = useTemplates(facilityId)
  // The API lists the recorded versions only; the default (v0) ends the list, as the version earlier sales used.
  const versions = data ? (data.versions.some((v) => v.version === 0) ? data.versions : [...data.versions, DEFAULT_TEMPLATE]) : []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Split template · {versionLabel(template)} in force</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            How what is left of a sale after royalties is split. A new version applies to payments captured from now
            on; earlier entries keep the version they were split with.
          </Text>
        </div>
        <TemplateDrawer facilityId={facilityId} current={template} />
      </div>
      <StatGrid
        stats={[
          { label: "Premi (makers)", value: formatBps(template.premi_bps), hint: `${template.premi_bps} bps` },
          { label: "PNBP", value: formatBps(template.pnbp_bps), hint: `${template.pnbp_bps} bps` },
          { label: "Production capital", value: formatBps(template.capital_bps), hint: `${template.capital_bps} bps` },
          { label: "Platform fee", value: formatBps(template.platform_bps), hint: `${template.platform_bps} bps` },
        ]}
      />
      {data ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Version</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Premi</Table.HeaderCell>
              <Table.HeaderCell className="text-right">PNBP</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Capital</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Platform</Table.HeaderCell>
              <Table.HeaderCell>Recorded (WIB)</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.version}>
                <Table.Cell className="txt-compact-small-plus">
                  {versionLabel(v)}
                  {v.version === template.version && <span className="text-ui-fg-muted font-normal"> · in force</span>}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBps(v.premi_bps)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBps(v.pnbp_bps)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBps(v.capital_bps)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBps(v.platform_bps)}</Table.Cell>
                <Table.Cell>{v.recorded_at ? formatDateTime(v.recorded_at) : "—"}</Table.Cell>
                <Table.Cell className="max-w-[280px] truncate" title={v.note ?? undefined}>
                  {v.note || "—"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <QueryState isLoading={isLoading} error={error} />
      )}
    </Container>
  )
}
