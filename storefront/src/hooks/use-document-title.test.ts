import { describe, expect, it } from "vitest"
import { summarize } from "./use-document-title"

describe("summarize (the meta description)", () => {
  it("keeps a short text as one line", () => {
    expect(summarize("  Batik tulis\n\nsutra  ")).toBe("Batik tulis sutra")
  })

  it("cuts a long text at a word, without trailing punctuation, and marks the cut", () => {
    const text = "Kain batik tulis dengan motif angso duo, sepasang angsa yang menjadi lambang Jambi, digambar dengan canting di atas katun primissima. Ukuran 200 × 115 cm. Cuci dengan tangan."
    const summary = summarize(text)
    expect(summary.length).toBeLessThanOrEqual(160)
    expect(summary.endsWith("…")).toBe(true)
    expect(text.startsWith(summary.slice(0, -1))).toBe(true)
    expect(summary).not.toMatch(/[\s,.]…$/)
  })

  it("cuts a text without spaces at the limit", () => {
    expect(summarize("x".repeat(300), 20)).toBe(`${"x".repeat(19)}…`)
  })
})
