import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AccountType, FacilityRevenue } from "../lib/types"
import { Amount } from "./amount"

type Row = { label: string; balance: number; account_type: AccountType; account_id?: string; hint: string }

/** The facility's own accounts, as balances (sales net of refunds and payouts). */
export const AccountsSection = ({ facilityId, revenue }: { facilityId: string; revenue: FacilityRevenue }) => {
  const { accounts } = revenue
  const rows: Row[] = [
    {
      label: "Premi, unassigned",
      balance: accounts.premi_unassigned,
      account_type: "facility_premi",
      account_id: facilityId,
      hint: "Premi of products without makers",
    },
    { label: "PNBP", balance: accounts.pnbp, account_type: "facility_pnbp", account_id: facilityId, hint: "State revenue" },
    {
      label: "Production capital",
      balance: accounts.capital,
      account_type: "facility_capital",
      account_id: facilityId,
      hint: "Materials and tools",
    },
    {
      label: "Royalties to rights holders",
      balance: accounts.royalty,
      account_type: "motif_holder",
      hint: "The facility or an organisation; makers' royalties are in their balances",
    },
    { label: "Platform fee", balance: accounts.platform, account_type: "platform", account_id: "platform", hint: "" },
  ]
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Facility accounts</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Balances of the facility's accounts, net of refunds.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Account</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Entries</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.label}>
              <Table.Cell>
                <span className="txt-compact-small-plus">{r.label}</span>
                {r.hint && <span className="text-ui-fg-muted"> · {r.hint}</span>}
              </Table.Cell>
              <Table.Cell className="text-right">
                <Amount value={r.balance} />
              </Table.Cell>
              <Table.Cell className="text-right">
                <Link
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  to={`/revenue?${new URLSearchParams({
                    facility_id: facilityId,
                    account_type: r.account_type,
                    ...(r.account_id ? { account_id: r.account_id } : {}),
                  })}`}
                >
                  View
                </Link>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
