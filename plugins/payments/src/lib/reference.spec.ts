import { createReferenceGenerator, newTransferReference, REFERENCE_ALPHABET, REFERENCE_PATTERN, REFERENCE_SPACE } from "./reference"

describe("transfer references", () => {
  it("are KL- and eight characters of the unambiguous alphabet", () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31)
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(REFERENCE_ALPHABET).not.toContain(lookAlike)
    for (let i = 0; i < 1000; i++) {
      const reference = newTransferReference()
      expect(reference).toMatch(REFERENCE_PATTERN)
      expect(reference).toHaveLength(11)
    }
  })

  it("never repeat within 100,000, whatever the start (even across the end of the space)", () => {
    for (const start of [undefined, 0, REFERENCE_SPACE - 50_000]) {
      const next = createReferenceGenerator({ start })
      const seen = new Set<string>()
      for (let i = 0; i < 100_000; i++) seen.add(next())
      expect(seen.size).toBe(100_000)
    }
  })

  it("look unrelated one after the other, and use the whole alphabet in every position", () => {
    const next = createReferenceGenerator({ start: 0 })
    const codes = Array.from({ length: 20_000 }, () => next().slice(3))
    let shared = 0
    for (let i = 1; i < codes.length; i++) if (codes[i]!.slice(0, 5) === codes[i - 1]!.slice(0, 5)) shared++
    expect(shared).toBe(0)
    for (let position = 0; position < 8; position++) {
      const used = new Set(codes.map((c) => c[position]))
      expect(used.size).toBe(REFERENCE_ALPHABET.length)
    }
  })

  it("are reproducible with the same key and start, and differ with another key", () => {
    const key = Buffer.alloc(24, 7)
    const a = createReferenceGenerator({ key, start: 42 })
    const b = createReferenceGenerator({ key, start: 42 })
    const c = createReferenceGenerator({ key: Buffer.alloc(24, 8), start: 42 })
    const fromA = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(fromA)
    expect([c(), c(), c()]).not.toEqual(fromA)
  })
})
