import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ACCOUNT_TYPE_LABELS, PAYOUT_METHOD_LABELS, SHARE_LABELS, formatDateTime } from "../lib/format"
import type { EntryFilters, FacilityRevenueSummary, LedgerEntry } from "../lib/types"
import { Amount } from "./amount"
import { KindBadge } from "./kind-badge"

type Props = {
  entries: LedgerEntry[]
  count: number
  facilities: FacilityRevenueSummary[]
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
  /** Narrows the list to one account or order when its id is clicked. */
  onFilter: (patch: Partial<EntryFilters>) => void
}

const FilterLink = ({ label, title, onClick }: { label: string; title: string; onClick: () => void }) => (
  <button
    type="button"
    title={title}
    onClick={onClick}
    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover max-w-[180px] truncate font-mono"
  >
    {label}
  </button>
)

/** Ledger entries, newest first as the API orders them; every amount signed, in whole rupiah. */
export const LedgerTable = ({ entries, count, facilities, pageIndex, pageSize, onPageChange, onFilter }: Props) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const facilityName = new Map(facilities.map((f) => [f.id, f.short_name || f.name]))
  if (!entries.length) {
    return (
      <div className="px-6 py-8">
        <Text size="small" className="text-ui-fg-subtle">
          No ledger entries match these filters.
        </Text>
      </div>
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Occurred (WIB)</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell>Facility</Table.HeaderCell>
            <Table.HeaderCell>Account</Table.HeaderCell>
            <Table.HeaderCell>Share</Table.HeaderCell>
            <Table.HeaderCell>Product / note</Table.HeaderCell>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell className="whitespace-nowrap">{formatDateTime(e.occurred_at)}</Table.Cell>
              <Table.Cell>
                <KindBadge kind={e.kind} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <Link to={`/revenue/${e.facility_id}`} className="txt-compact-small-plus">
                  {facilityName.get(e.facility_id) ?? e.facility_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col">
                  <span className="txt-compact-xsmall text-ui-fg-subtle">
                    {ACCOUNT_TYPE_LABELS[e.account_type] ?? e.account_type}
                  </span>
                  <FilterLink
                    label={e.account_id}
                    title="Show this account's entries"
                    onClick={() => onFilter({ account_type: e.account_type, account_id: e.account_id })}
                  />
                </div>
              </Table.Cell>
              <Table.Cell>{e.share ? SHARE_LABELS[e.share] ?? e.share : "—"}</Table.Cell>
              <Table.Cell className="max-w-[260px] truncate" title={[e.product_title, e.note].filter(Boolean).join(" · ")}>
                {e.product_title ??
                  (e.payout_method ? PAYOUT_METHOD_LABELS[e.payout_method] ?? e.payout_method : null) ??
                  e.note ??
                  "—"}
                {e.template_version !== null && e.kind === "sale" && (
                  <span className="text-ui-fg-muted"> · v{e.template_version}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                {e.order_id ? (
                  <FilterLink
                    label={e.order_id}
                    title="Show this order's entries"
                    onClick={() => onFilter({ order_id: e.order_id ?? undefined })}
                  />
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell className="text-right">
                <Amount value={e.amount} />
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
