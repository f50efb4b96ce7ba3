import { coalesce } from "./coalesce"

describe("coalesce", () => {
  it("merges ids asked for within the window into one run that every caller awaits", async () => {
    const runs: string[][] = []
    const refresh = coalesce(async (ids) => void runs.push(ids.sort()), 20)
    await Promise.all([refresh(["prod_a"]), refresh(["prod_b", "prod_a"]), refresh([""])])
    expect(runs).toEqual([["prod_a", "prod_b"]])
  })

  it("starts a new run for ids asked for after the previous run began", async () => {
    const runs: string[][] = []
    const refresh = coalesce(async (ids) => void runs.push(ids), 5)
    await refresh(["prod_a"])
    await refresh(["prod_a"])
    expect(runs).toEqual([["prod_a"], ["prod_a"]])
  })

  it("hands a failed run's error to every caller of that run, and the next run still happens", async () => {
    let fail = true
    const refresh = coalesce(async () => {
      if (fail) throw new Error("index down")
    }, 5)
    const results = await Promise.allSettled([refresh(["prod_a"]), refresh(["prod_b"])])
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"])
    fail = false
    await expect(refresh(["prod_a"])).resolves.toBeUndefined()
  })
})
