import { Badge, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import type { AdminParticipantSummary } from "../lib/types"

const STATUS_COLOR = { active: "green", released: "blue", transferred: "grey" } as const

const ConsentBadge = ({ p }: { p: AdminParticipantSummary }) =>
  p.consent_withdrawn_at ? (
    <Badge size="2xsmall" color="red">Withdrawn</Badge>
  ) : p.consent_display_name ? (
    <Badge size="2xsmall" color="green">Name shown</Badge>
  ) : (
    <Badge size="2xsmall" color="grey">Anonymous</Badge>
  )

/** The facility's makers. Only non-private fields: names and numbers stay with the facility's staff. */
export const ParticipantsSection = ({ participants }: { participants: AdminParticipantSummary[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Participants</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Managed by the facility's staff in the portal. Legal names and registration numbers are not shown here.
      </Text>
    </div>
    {participants.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Display name</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Consent</Table.HeaderCell>
            <Table.HeaderCell>Skills</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {participants.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{p.display_name}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[p.status] ?? "grey"}>{p.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <ConsentBadge p={p} />
              </Table.Cell>
              <Table.Cell>{(p.skills ?? []).join(", ") || "–"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          No participants yet.
        </Text>
      </div>
    )}
  </Container>
)
