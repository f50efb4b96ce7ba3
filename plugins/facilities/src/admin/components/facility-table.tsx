import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import type { AdminFacilityListItem } from "../lib/types"
import { ActiveBadge } from "./active-badge"

type Props = {
  facilities: AdminFacilityListItem[]
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
}

export const FacilityTable = ({ facilities, count, pageIndex, pageSize, onPageChange }: Props) => {
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  if (!facilities.length) {
    return (
      <div className="px-6 py-8">
        <Text size="small" className="text-ui-fg-subtle">
          No facilities yet. Create the first one.
        </Text>
      </div>
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Kind / class</Table.HeaderCell>
            <Table.HeaderCell>City</Table.HeaderCell>
            <Table.HeaderCell>Province</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Participants</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Staff</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {facilities.map((f) => (
            <Table.Row
              key={f.id}
              className="cursor-pointer"
              onClick={() => navigate(`/facilities/${f.id}`)}
            >
              <Table.Cell>
                <Link to={`/facilities/${f.id}`} onClick={(e) => e.stopPropagation()} className="txt-compact-small-plus">
                  {f.name}
                </Link>
              </Table.Cell>
              <Table.Cell>
                {f.kind.toUpperCase()} · {f.class}
              </Table.Cell>
              <Table.Cell>{f.city}</Table.Cell>
              <Table.Cell>{f.province}</Table.Cell>
              <Table.Cell className="text-right">{f.product_count}</Table.Cell>
              <Table.Cell className="text-right">{f.participant_count}</Table.Cell>
              <Table.Cell className="text-right">{f.staff_count}</Table.Cell>
              <Table.Cell>
                <ActiveBadge active={f.is_active} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={pageSize}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex < pageCount - 1}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
      />
    </>
  )
}
