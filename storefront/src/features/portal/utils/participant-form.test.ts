import { describe, expect, it } from "vitest"
import {
  emptyParticipantForm,
  toCreateParticipantBody,
  toParticipantBody,
  validateParticipantForm,
} from "./participant-form"

describe("participant form", () => {
  const values = {
    ...emptyParticipantForm(),
    display_name: " Ibu R. ",
    legal_name: "Rahmawati",
    registration_number: "WBP-2023-0142",
    skills: ["batik_tulis"],
    joined_at: "2023-05-02",
    consent_display_name: true,
  }

  it("requires the names and the registration number", () => {
    expect(validateParticipantForm(emptyParticipantForm())).toEqual({
      display_name: "required",
      legal_name: "required",
      registration_number: "required",
    })
    expect(validateParticipantForm(values)).toEqual({})
  })

  it("maps to the create body, leaving empty optional fields out", () => {
    expect(toCreateParticipantBody(values)).toEqual({
      display_name: "Ibu R.",
      legal_name: "Rahmawati",
      registration_number: "WBP-2023-0142",
      skills: ["batik_tulis"],
      joined_at: "2023-05-02T00:00:00.000Z",
      consent_display_name: true,
      consent_story: false,
    })
  })

  it("clears emptied stories on update and sends only what the update route takes", () => {
    expect(toParticipantBody(values)).toEqual({
      display_name: "Ibu R.",
      legal_name: "Rahmawati",
      registration_number: "WBP-2023-0142",
      skills: ["batik_tulis"],
      story_id: null,
      story_en: null,
    })
  })
})
