import { describe, expect, it } from "vitest"
import { consentState } from "./consent"

const base = {
  consent_display_name: false,
  consent_story: false,
  consent_given_at: null,
  consent_withdrawn_at: null,
}

describe("consentState", () => {
  it("is none without consent", () => {
    expect(consentState(base)).toBe("none")
  })
  it("is given while a flag is set and not withdrawn", () => {
    expect(
      consentState({ ...base, consent_display_name: true, consent_given_at: "2025-01-02T00:00:00Z" })
    ).toBe("given")
  })
  it("is withdrawn after a withdrawal", () => {
    expect(
      consentState({
        ...base,
        consent_given_at: "2025-01-02T00:00:00Z",
        consent_withdrawn_at: "2025-03-01T00:00:00Z",
      })
    ).toBe("withdrawn")
  })
  it("is given again when consent follows the withdrawal", () => {
    expect(
      consentState({
        ...base,
        consent_story: true,
        consent_given_at: "2025-04-01T00:00:00Z",
        consent_withdrawn_at: "2025-03-01T00:00:00Z",
      })
    ).toBe("given")
  })
})
