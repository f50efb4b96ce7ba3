import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useMe } from "../../../features/portal/api/get-me"
import { useParticipant } from "../../../features/portal/api/get-participant"
import { useRevenue } from "../../../features/portal/api/get-revenue"
import { BalanceCard, LedgerEntries } from "../../../features/portal/components/participant-ledger"
import { PayoutForm } from "../../../features/portal/components/payout-form"
import { PortalError } from "../../../features/portal/components/portal-error"
import { StatementDownloads } from "../../../features/portal/components/statement-downloads"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { participantBalance } from "../../../features/portal/utils/participant-balance"
import { PortalPageHeader } from "./page-header"

function BackToRevenue() {
  const { t } = useTranslation()
  return (
    <Link to="/portal/keuangan" className="back-link">
      <span aria-hidden="true">←</span> {t("portal.revenue.participant.back")}
    </Link>
  )
}

export const Route = createLazyRoute("/portal/staff/keuangan/peserta/$participantId")({
  component: RevenueParticipantRoute,
  errorComponent: PortalError,
})

function RevenueParticipantRoute() {
  const { t } = useTranslation()
  const { participantId } = Route.useParams()
  const search = Route.useSearch()
  const { data: me } = useMe()
  const { data: revenue } = useRevenue()
  const { data: participant } = useParticipant(participantId)
  const balance = participantBalance(revenue, participant)
  usePortalTitle(`${participant.display_name} · ${t("portal.revenue.title")}`)

  return (
    <>
      <PortalPageHeader title={participant.display_name} back={<BackToRevenue />} />
      <div className="portal-columns portal-columns--wide-left revenue-columns">
        <div className="portal-stack">
          <BalanceCard balance={balance} />
          <LedgerEntries
            participantId={participantId}
            page={search.page ?? 1}
            pageLink={(page, label, rel) => (
              <Link
                to="/portal/keuangan/peserta/$participantId"
                params={{ participantId }}
                search={{ page: page > 1 ? page : undefined }}
                className="button button--ghost"
                rel={rel}
              >
                {label}
              </Link>
            )}
          />
        </div>
        <div className="portal-stack">
          {me.staff.role === "manager" ? (
            <PayoutForm balance={balance} />
          ) : (
            <p className="portal-alert portal-alert--info">{t("portal.revenue.participant.readOnly")}</p>
          )}
          <StatementDownloads participantId={participantId} />
        </div>
      </div>
    </>
  )
}
