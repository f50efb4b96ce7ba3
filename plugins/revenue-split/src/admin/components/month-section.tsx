import { Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMonthSummary } from "../lib/queries"
import { Amount } from "./amount"
import { DownloadButton } from "./download-button"
import { QueryState } from "./query-state"
import { StatGrid } from "./stat-grid"

type Props = { facilityId: string; month: string; onMonthChange: (month: string) => void }

/** One month of the facility's ledger (Jakarta time): each share net of refunds, sales, refunds, payouts, orders. */
export const MonthSection = ({ facilityId, month, onMonthChange }: Props) => {
  const { data, isLoading, error, isFetching } = useMonthSummary(facilityId, month)
  const summary = data?.summary
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Month summary</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The month's entries in Jakarta time; the month also chooses the participants' statements below.
          </Text>
        </div>
        <div className="flex items-end gap-x-2">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="revenue-month" size="xsmall" weight="plus" className="text-ui-fg-subtle">
              Month
            </Label>
            <Input
              id="revenue-month"
              size="small"
              type="month"
              value={month}
              onChange={(e) => e.target.value && onMonthChange(e.target.value)}
            />
          </div>
          <DownloadButton
            path={`/admin/revenue/facilities/${facilityId}/months/${month}`}
            query={{ format: "csv" }}
            fileName={`month-${facilityId}-${month}.csv`}
          >
            Download CSV
          </DownloadButton>
        </div>
      </div>
      {summary ? (
        <div className={isFetching ? "opacity-60" : undefined}>
          <StatGrid
            stats={[
              { label: "Premi", value: <Amount value={summary.shares.premi} /> },
              { label: "PNBP", value: <Amount value={summary.shares.pnbp} /> },
              { label: "Production capital", value: <Amount value={summary.shares.capital} /> },
              { label: "Royalties", value: <Amount value={summary.shares.royalty} /> },
              { label: "Platform fee", value: <Amount value={summary.shares.platform} /> },
            ]}
          />
          <StatGrid
            stats={[
              { label: "Sales", value: <Amount value={summary.sales} /> },
              { label: "Refunds", value: <Amount value={summary.refunds} /> },
              { label: "Net (sales + refunds)", value: <Amount value={summary.net} /> },
              { label: "Payouts", value: <Amount value={summary.payouts} /> },
              ...(summary.adjustments ? [{ label: "Adjustments", value: <Amount value={summary.adjustments} /> }] : []),
              { label: "Orders", value: summary.orders },
            ]}
          />
        </div>
      ) : (
        <QueryState isLoading={isLoading} error={error} />
      )}
    </Container>
  )
}
