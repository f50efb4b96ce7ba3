import { describe, expect, it } from "vitest"
import type { FacilityRevenue, Participant, ParticipantBalance } from "../api/types"
import { participantBalance } from "./participant-balance"

const participant = {
  id: "par_2",
  display_name: "Ibu S.",
  legal_name: "Siti",
  registration_number: "B 12/2024",
  status: "active",
} as Participant

const row = (id: string, balance: number): ParticipantBalance => ({
  participant_id: id,
  display_name: id,
  legal_name: id,
  registration_number: id,
  status: "active",
  earned: balance,
  reversed: 0,
  paid_out: 0,
  balance,
})

const revenue = (participants: ParticipantBalance[]) => ({ participants }) as FacilityRevenue

describe("participantBalance", () => {
  it("is her row of the overview", () => {
    expect(participantBalance(revenue([row("par_1", 10), row("par_2", 75000)]), participant).balance).toBe(75000)
  })

  it("is all zeros, under her names, before her first ledger entry", () => {
    expect(participantBalance(revenue([row("par_1", 10)]), participant)).toEqual({
      participant_id: "par_2",
      display_name: "Ibu S.",
      legal_name: "Siti",
      registration_number: "B 12/2024",
      status: "active",
      earned: 0,
      reversed: 0,
      paid_out: 0,
      balance: 0,
    })
  })
})
