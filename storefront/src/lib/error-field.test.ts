import { describe, expect, it } from "vitest"
import { fieldFromMessage } from "./error-field"

const FIELDS = ["title", "title_en", "weight", "variants", "makers"] as const

describe("fieldFromMessage", () => {
  it("finds the field a Medusa validation message names", () => {
    expect(
      fieldFromMessage("Invalid request: Field 'title_en' is required", FIELDS)
    ).toBe("title_en")
    expect(fieldFromMessage("weight must be a positive integer", FIELDS)).toBe("weight")
  })

  it("does not take title for title_en, nor match inside other words", () => {
    expect(fieldFromMessage("title_en: too long", FIELDS)).toBe("title_en")
    expect(fieldFromMessage("subtitle is too long", FIELDS)).toBeNull()
  })

  it("takes the first field mentioned", () => {
    expect(
      fieldFromMessage("makers: participant ptc_1 is not in variants or makers", FIELDS)
    ).toBe("makers")
    expect(fieldFromMessage("Field 'variants, 0, price' must be a number", FIELDS)).toBe(
      "variants"
    )
  })

  it("gives null when no field is named", () => {
    expect(fieldFromMessage("Something went wrong", FIELDS)).toBeNull()
  })
})
