import { createLazyRoute, Link } from "@tanstack/react-router"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { MonthField } from "../../../features/portal/components/month-field"
import { MonthSummaryView } from "../../../features/portal/components/month-summary"
import { PortalError } from "../../../features/portal/components/portal-error"
import { RevenueTabs } from "../../../features/portal/components/revenue-tabs"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { isMonth } from "../../../features/portal/utils/is-month"
import { currentMonth, shiftMonth } from "../../../features/portal/utils/month"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/keuangan/bulan")({
  component: RevenueMonthRoute,
  errorComponent: PortalError,
})

function RevenueMonthRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.revenue.month.title"))
  const search = Route.useSearch()
  const month = search.month ?? currentMonth()
  return (
    <>
      <PortalPageHeader title={t("portal.revenue.title")} />
      <RevenueTabs />
      <MonthPicker key={month} month={month} />
      <MonthSummaryView month={month} />
    </>
  )
}

function MonthPicker({ month }: { month: string }) {
  const { t } = useTranslation()
  const navigate = Route.useNavigate()
  const [value, setValue] = useState(month)
  const show = (event: FormEvent) => {
    event.preventDefault()
    if (isMonth(value)) void navigate({ search: { month: value } })
  }
  return (
    <form className="portal-filters" onSubmit={show}>
      <MonthField id="summary-month" label={t("portal.revenue.month.month")} value={value} onChange={setValue} />
      <button type="submit" className="button button--ghost" disabled={!isMonth(value)}>
        {t("portal.revenue.month.show")}
      </button>
      <div className="portal-actions revenue-month-nav">
        <Link to="/portal/keuangan/bulan" search={{ month: shiftMonth(month, -1) }} className="button button--ghost" rel="prev">
          <span aria-hidden="true">←</span> {t("portal.revenue.month.previous")}
        </Link>
        <Link to="/portal/keuangan/bulan" search={{ month: shiftMonth(month, 1) }} className="button button--ghost" rel="next">
          {t("portal.revenue.month.next")} <span aria-hidden="true">→</span>
        </Link>
      </div>
    </form>
  )
}
