import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ParticipantBalance } from "../lib/types"
import { Amount } from "./amount"
import { DownloadButton } from "./download-button"

const STATUS_COLOR: Record<string, "green" | "blue" | "grey"> = { active: "green", released: "blue", transferred: "grey" }

type Props = { facilityId: string; participants: ParticipantBalance[]; month: string }

/**
 * Each maker's premi and royalties: earned, reversed by refunds, paid out, and the balance the facility holds for
 * them; with the month's statement as PDF or CSV. Legal names and registration numbers stay in the statements
 * (as on the facility's admin page, they are not shown here).
 */
export const ParticipantsSection = ({ facilityId, participants, month }: Props) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Participants' balances</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Statements are for {month}, the month chosen above.
      </Text>
    </div>
    {participants.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Participant</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Earned</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Reversed</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Paid out</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Statement {month}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {participants.map((p) => {
            const path = `/admin/revenue/facilities/${facilityId}/statements/${p.participant_id}`
            const base = `statement-${p.participant_id}-${month}`
            return (
              <Table.Row key={p.participant_id}>
                <Table.Cell>
                  <Link
                    to={`/revenue?${new URLSearchParams({ account_type: "participant", account_id: p.participant_id })}`}
                    className="txt-compact-small-plus"
                    title="Show this participant's entries"
                  >
                    {p.display_name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATUS_COLOR[p.status] ?? "grey"}>{p.status}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Amount value={p.earned} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Amount value={p.reversed} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Amount value={p.paid_out} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Amount value={p.balance} className="txt-compact-small-plus" />
                </Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <DownloadButton
                      variant="transparent"
                      path={path}
                      query={{ month, format: "pdf" }}
                      fileName={`${base}.pdf`}
                    >
                      PDF
                    </DownloadButton>
                    <DownloadButton
                      variant="transparent"
                      path={path}
                      query={{ month, format: "csv" }}
                      fileName={`${base}.csv`}
                    >
                      CSV
                    </DownloadButton>
                  </div>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          No participants at this facility yet.
        </Text>
      </div>
    )}
  </Container>
)
