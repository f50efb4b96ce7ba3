import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createDebouncer } from "./debouncer"

describe("createDebouncer", () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** Types `word` one letter at a time, `gapMs` apart, as the search box pushes each value. */
  function type(push: (value: string) => void, word: string, gapMs: number) {
    for (let i = 1; i <= word.length; i++) {
      push(word.slice(0, i))
      if (i < word.length) vi.advanceTimersByTime(gapMs)
    }
  }

  it("settles once, with the last value, after typing faster than its delay", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    type(debouncer.push, "batk angso", 60)

    expect(settled).toEqual([]) // nothing while the keys come
    vi.advanceTimersByTime(219)
    expect(settled).toEqual([])
    expect(debouncer.pending()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(settled).toEqual(["batk angso"])
    expect(debouncer.pending()).toBe(false)
    vi.advanceTimersByTime(5_000)
    expect(settled).toEqual(["batk angso"]) // and never again
  })

  it("settles each pause: typing slower than its delay asks once per key", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    type(debouncer.push, "tenun", 300)
    vi.advanceTimersByTime(220)
    expect(settled).toEqual(["t", "te", "ten", "tenu", "tenun"])
  })

  it("restarts the wait on each push: a late key keeps an earlier value from settling", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    debouncer.push("ba")
    vi.advanceTimersByTime(200)
    debouncer.push("bat")
    vi.advanceTimersByTime(200)
    expect(settled).toEqual([]) // 400 ms after "ba", but only 200 after "bat"
    vi.advanceTimersByTime(20)
    expect(settled).toEqual(["bat"])
  })

  it("flush settles the held value at once, and only once", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    debouncer.push("songket")
    debouncer.flush()
    expect(settled).toEqual(["songket"])
    vi.advanceTimersByTime(1_000)
    debouncer.flush()
    expect(settled).toEqual(["songket"])
  })

  it("cancel drops the held value: it never settles", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    debouncer.push("kue")
    debouncer.cancel()
    expect(debouncer.pending()).toBe(false)
    vi.advanceTimersByTime(1_000)
    debouncer.flush()
    expect(settled).toEqual([])
    // and it still works afterwards
    debouncer.push("kudapan")
    vi.advanceTimersByTime(220)
    expect(settled).toEqual(["kudapan"])
  })

  it("settles an empty value too (an emptied box on /cari shows every product)", () => {
    const settled: string[] = []
    const debouncer = createDebouncer<string>(220, (v) => settled.push(v))
    debouncer.push("b")
    debouncer.push("")
    vi.advanceTimersByTime(220)
    expect(settled).toEqual([""])
  })
})
