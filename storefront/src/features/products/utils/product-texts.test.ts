import { describe, expect, it } from "vitest"
import { productTexts, productTitle } from "./product-texts"

const batik = {
  title: "Batik Tulis Angso Duo",
  subtitle: "Sepasang angsa",
  description: "Batik tulis bermotif angso duo.",
  metadata: {
    title_en: "Angso Duo Hand-drawn Batik",
    subtitle_en: "A pair of geese",
    description_en: "Hand-drawn batik with the angso duo motif.",
  },
}

describe("productTexts", () => {
  it("keeps the Indonesian texts in Bahasa Indonesia", () => {
    expect(productTexts(batik, "id")).toEqual({
      title: "Batik Tulis Angso Duo",
      subtitle: "Sepasang angsa",
      description: "Batik tulis bermotif angso duo.",
    })
  })

  it("uses the English texts from the metadata in English", () => {
    expect(productTexts(batik, "en")).toEqual({
      title: "Angso Duo Hand-drawn Batik",
      subtitle: "A pair of geese",
      description: "Hand-drawn batik with the angso duo motif.",
    })
  })

  it("falls back to Indonesian field by field when an English text is missing or blank", () => {
    const partly = { ...batik, metadata: { title_en: "Angso Duo Batik", description_en: "  " } }
    expect(productTexts(partly, "en")).toEqual({
      title: "Angso Duo Batik",
      subtitle: "Sepasang angsa",
      description: "Batik tulis bermotif angso duo.",
    })
    expect(productTexts({ title: "Nastar", metadata: null }, "en")).toEqual({ title: "Nastar", subtitle: null, description: null })
  })

  it("ignores metadata that is not text", () => {
    expect(productTitle({ title: "Nastar", metadata: { title_en: 42 } }, "en")).toBe("Nastar")
  })

  it("reads a search hit's title_en", () => {
    expect(productTitle({ title: "Keripik Tempe", title_en: "Tempeh Chips" }, "en")).toBe("Tempeh Chips")
    expect(productTitle({ title: "Keripik Tempe", title_en: "" }, "en")).toBe("Keripik Tempe")
    expect(productTitle({ title: "Keripik Tempe", title_en: "Tempeh Chips" }, "id")).toBe("Keripik Tempe")
  })
})
