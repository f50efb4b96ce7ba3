import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatRoyalty } from "../lib/motif-form"
import type { AdminMotif } from "../lib/types"
import { MotifStatusBadge } from "./motif-status-badge"

type Props = {
  motifs: AdminMotif[]
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
}

const dash = (s: string | null | undefined) => s || "—"

export const MotifTable = ({ motifs, count, pageIndex, pageSize, onPageChange }: Props) => {
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  // The admin routes do not return products today; the column appears once they do.
  const showProducts = motifs.some((m) => Array.isArray(m.products))
  if (!motifs.length) {
    return (
      <div className="px-6 py-8">
        <Text size="small" className="text-ui-fg-subtle">
          No motifs match these filters.
        </Text>
      </div>
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Title</Table.HeaderCell>
            <Table.HeaderCell>Facility</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Application no.</Table.HeaderCell>
            <Table.HeaderCell>Registration no.</Table.HeaderCell>
            <Table.HeaderCell>Creators</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Royalty</Table.HeaderCell>
            {showProducts && <Table.HeaderCell className="text-right">Products</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {motifs.map((m) => (
            <Table.Row key={m.id} className="cursor-pointer" onClick={() => navigate(`/motifs/${m.id}`)}>
              <Table.Cell>
                <Link to={`/motifs/${m.id}`} onClick={(e) => e.stopPropagation()} className="txt-compact-small-plus">
                  {m.title}
                </Link>
              </Table.Cell>
              <Table.Cell>{dash(m.facility?.short_name)}</Table.Cell>
              <Table.Cell>
                <MotifStatusBadge status={m.status} />
              </Table.Cell>
              <Table.Cell className="font-mono">{dash(m.application_number)}</Table.Cell>
              <Table.Cell className="font-mono">{dash(m.registration_number)}</Table.Cell>
              <Table.Cell className="max-w-[240px] truncate" title={m.creators.map((c) => c.label).join(", ")}>
                {dash(m.creators.map((c) => c.label).join(", "))}
              </Table.Cell>
              <Table.Cell className="text-right">{formatRoyalty(m.licence.royalty_bps)}</Table.Cell>
              {showProducts && <Table.Cell className="text-right">{m.products?.length ?? "—"}</Table.Cell>}
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
