import { createLazyRoute } from "@tanstack/react-router"
import { useMe } from "../../../features/portal/api/get-me"
import { useParticipant } from "../../../features/portal/api/get-participant"
import { AccessLogPanel } from "../../../features/portal/components/access-log-panel"
import { ParticipantForm } from "../../../features/portal/components/participant-form"
import {
  ConsentPanel,
  PublicLabelCard,
  StatusPanel,
} from "../../../features/portal/components/participant-panels"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"
import { BackToParticipants } from "./participant-new"

export const Route = createLazyRoute("/portal/staff/peserta/$id")({
  component: EditParticipantRoute,
  errorComponent: PortalError,
})

function EditParticipantRoute() {
  const { id } = Route.useParams()
  const { data: participant } = useParticipant(id)
  const { data: me } = useMe()
  usePortalTitle(participant.display_name)
  return (
    <>
      <PortalPageHeader title={participant.display_name} back={<BackToParticipants />} />
      <div className="portal-columns portal-columns--wide-left">
        <ParticipantForm participant={participant} />
        <div className="portal-stack">
          <PublicLabelCard participant={participant} />
          <ConsentPanel participant={participant} />
          <StatusPanel participant={participant} />
          {me.staff.role === "manager" ? <AccessLogPanel participantId={participant.id} /> : null}
        </div>
      </div>
    </>
  )
}
