import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import type { FacilityRevenueSummary } from "../lib/types"
import { Amount } from "./amount"

/** Each facility's totals from GET /admin/revenue/facilities, linking to its ledger page. */
export const FacilityList = ({ facilities }: { facilities: FacilityRevenueSummary[] }) => {
  const navigate = useNavigate()
  if (!facilities.length) {
    return (
      <div className="px-6 py-8">
        <Text size="small" className="text-ui-fg-subtle">
          No facilities yet.
        </Text>
      </div>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Facility</Table.HeaderCell>
          <Table.HeaderCell>Template</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Earned</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell className="text-right">To makers (net)</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {facilities.map((f) => (
          <Table.Row key={f.id} className="cursor-pointer" onClick={() => navigate(`/revenue/${f.id}`)}>
            <Table.Cell>
              <Link to={`/revenue/${f.id}`} onClick={(e) => e.stopPropagation()} className="txt-compact-small-plus">
                {f.name}
              </Link>
            </Table.Cell>
            <Table.Cell>{f.template_version === 0 ? "v0 (default)" : `v${f.template_version}`}</Table.Cell>
            <Table.Cell className="text-right">
              <Amount value={f.earned} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Amount value={f.balance} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Amount value={f.makers_total} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
