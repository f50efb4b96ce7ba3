import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { HOLDER_LABELS, formatRoyalty, protectionText } from "../lib/motif-form"
import type { AdminMotif } from "../lib/types"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[180px_1fr] gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** How the motif is shown in public (as saved): the credit line, the holder, the protection term and the creators. */
export const MotifCreditSection = ({ motif }: { motif: AdminMotif }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Credit and protection</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        As saved; shown on products that use the motif. Creators are chosen by the facility's staff in the portal.
      </Text>
    </div>
    <Row label="Credit line">{motif.credit_line}</Row>
    <Row label="Rights holder">
      {motif.holder.label || "—"} <span className="text-ui-fg-muted">({HOLDER_LABELS[motif.holder.kind]})</span>
    </Row>
    <Row label="Protection term">{protectionText(motif.protection)}</Row>
    <Row label="Licence">
      {formatRoyalty(motif.licence.royalty_bps)} royalty ({motif.licence.royalty_bps} bps) ·{" "}
      {motif.licence.credit_required ? "credit required" : "credit optional"} ·{" "}
      {motif.licence.other_facilities_allowed ? "other facilities allowed" : "own facility only"}
    </Row>
    {motif.creators.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Creator (public label)</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {motif.creators.map((c, i) => (
            <Table.Row key={`${c.label}-${i}`}>
              <Table.Cell>{c.label}</Table.Cell>
              <Table.Cell className="text-right">{c.share}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Row label="Creators">—</Row>
    )}
  </Container>
)
