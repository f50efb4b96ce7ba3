// A participant's row of the facility's revenue overview; one who has no ledger entry yet has all zeros.
import type { FacilityRevenue, Participant, ParticipantBalance } from "../api/types"

export function participantBalance(revenue: FacilityRevenue, participant: Participant): ParticipantBalance {
  return (
    revenue.participants.find((row) => row.participant_id === participant.id) ?? {
      participant_id: participant.id,
      display_name: participant.display_name,
      legal_name: participant.legal_name,
      registration_number: participant.registration_number,
      status: participant.status,
      earned: 0,
      reversed: 0,
      paid_out: 0,
      balance: 0,
    }
  )
}
