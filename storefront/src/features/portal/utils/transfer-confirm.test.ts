import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { formatDeadline, transferProblem } from "./transfer-confirm"

const failure = (message: string, status: number) => new FetchError(message, "", status)

describe("transferProblem", () => {
  it("tells a flagged amount from an order that can no longer be confirmed", () => {
    expect(transferProblem(failure("amount_received: Rp 90.000 is not the total of order #12 (Rp 100.000)", 409))).toBe("mismatch")
    expect(transferProblem(failure("Order #12 was canceled (its transfer expired on 2026-11-24)", 409))).toBe("closed")
  })

  it("maps refusals and failures", () => {
    expect(transferProblem(failure("Only a facility manager can confirm a bank transfer", 403))).toBe("forbidden")
    expect(transferProblem(failure("Order with id order_1 was not found", 404))).toBe("notFound")
    expect(transferProblem(failure("amount_received: must be whole rupiah", 400))).toBe("invalid")
    expect(transferProblem(new Error("Failed to fetch"))).toBe("failed")
  })
})

describe("formatDeadline", () => {
  it("shows the deadline in Jakarta time, to the minute", () => {
    expect(formatDeadline("2026-11-24T02:03:09.881Z", "id")).toMatch(/^24 Nov 2026.*09[.:]03 WIB$/)
    expect(formatDeadline("2026-11-24T02:03:09.881Z", "en")).toMatch(/^24 Nov 2026.*09:03 WIB$/)
    expect(formatDeadline("not a date", "en")).toBe("")
  })
})
