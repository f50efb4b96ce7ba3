import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams, useSearchParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { AccountsSection } from "../../../components/accounts-section"
import { Amount } from "../../../components/amount"
import { MonthSection } from "../../../components/month-section"
import { ParticipantsSection } from "../../../components/participants-section"
import { QueryState } from "../../../components/query-state"
import { StatGrid } from "../../../components/stat-grid"
import { TemplateSection } from "../../../components/template-section"
import { currentMonth } from "../../../lib/format"
import { useFacilityRevenue, useRevenueFacilities } from "../../../lib/queries"
import { QueryProvider } from "../../../lib/query-client"
import { sdk } from "../../../lib/sdk"
import type { FacilityRevenueSummary } from "../../../lib/types"

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The month in the URL (?month=YYYY-MM), else this month in Jakarta. */
function useMonthParam() {
  const [params, setParams] = useSearchParams()
  const raw = params.get("month") ?? ""
  const month = MONTH.test(raw) ? raw : currentMonth()
  return [month, (m: string) => setParams({ month: m }, { replace: true })] as const
}

const FacilityRevenueDetail = ({ id }: { id: string }) => {
  const [month, setMonth] = useMonthParam()
  const { data, isLoading, error } = useFacilityRevenue(id)
  const facility = useRevenueFacilities().data?.facilities.find((f) => f.id === id)
  if (!data) {
    return (
      <Container className="p-0">
        <QueryState isLoading={isLoading} error={error} />
      </Container>
    )
  }
  const { totals } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">{facility?.name ?? id}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The facility's ledger: all of its accounts and participants, in whole rupiah.
            </Text>
          </div>
          <Link
            to={`/revenue?facility_id=${encodeURIComponent(id)}`}
            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
          >
            Entries of this facility
          </Link>
        </div>
        <StatGrid
          stats={[
            { label: "Earned", value: <Amount value={totals.earned} /> },
            { label: "Reversed (refunds)", value: <Amount value={totals.reversed} /> },
            { label: "Paid out", value: <Amount value={totals.paid_out} /> },
            { label: "Balance", value: <Amount value={totals.balance} /> },
            ...(facility ? [{ label: "To makers (net)", value: <Amount value={facility.makers_total} /> }] : []),
          ]}
        />
      </Container>
      <TemplateSection facilityId={id} template={data.template} />
      <AccountsSection facilityId={id} revenue={data} />
      <MonthSection facilityId={id} month={month} onMonthChange={setMonth} />
      <ParticipantsSection facilityId={id} participants={data.participants} month={month} />
    </div>
  )
}

const FacilityRevenuePage = () => {
  const { id } = useParams()
  return <QueryProvider>{id ? <FacilityRevenueDetail id={id} /> : null}</QueryProvider>
}

type LoaderData = { name: string } | null

/** Only for the breadcrumb; the page loads the ledger itself (and shows the error if there is one). */
export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  try {
    const { facilities } = await sdk.client.fetch<{ facilities: FacilityRevenueSummary[] }>("/admin/revenue/facilities")
    const facility = facilities.find((f) => f.id === params.id)
    return facility ? { name: facility.name } : null
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) => match.data?.name ?? "Facility",
}

export default FacilityRevenuePage
