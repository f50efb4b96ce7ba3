import { describe, expect, it } from "vitest"
import { emptyPayoutForm, toPayoutBody, validatePayoutForm } from "./payout-form"

describe("the payout form", () => {
  it("needs a whole amount above 0 and a method", () => {
    expect(validatePayoutForm(emptyPayoutForm())).toEqual({ amount: "positiveNumber", method: "required" })
    for (const amount of ["0", "-5000", "12,5", "abc", "1.5"]) {
      expect(validatePayoutForm({ amount, method: "savings_account", note: "" })).toEqual({
        amount: "positiveNumber",
      })
    }
    expect(validatePayoutForm({ amount: "Rp 25.000", method: "held_by_facility", note: "" })).toEqual({})
  })

  it("sends the amount in whole rupiah and the note only when there is one", () => {
    expect(toPayoutBody("par_1", { amount: "1.250.000", method: "handed_at_release", note: " Saat bebas " })).toEqual({
      participant_id: "par_1",
      amount: 1250000,
      method: "handed_at_release",
      note: "Saat bebas",
    })
    expect(toPayoutBody("par_1", { amount: "25000", method: "savings_account", note: "" })).toEqual({
      participant_id: "par_1",
      amount: 25000,
      method: "savings_account",
    })
  })
})
