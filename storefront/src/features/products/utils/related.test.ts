import { describe, expect, it } from "vitest"
import { pickRelated } from "./related"

const p = (id: string) => ({ id })
const ids = (items: { id: string }[]) => items.map((item) => item.id)

describe("pickRelated", () => {
  it("never includes the product itself", () => {
    const related = pickRelated("self", [[p("self"), p("a")], [p("b"), p("self")]], 4)
    expect(ids(related)).not.toContain("self")
    expect(ids(related).sort()).toEqual(["a", "b"])
  })

  it("puts products of the same craft and the same facility first", () => {
    const sameCraft = [p("a"), p("b"), p("both")]
    const sameFacility = [p("c"), p("both"), p("d")]
    expect(ids(pickRelated("self", [sameCraft, sameFacility], 4))).toEqual(["both", "a", "c", "b"])
  })

  it("lists each product once and stops at the limit", () => {
    const related = pickRelated("self", [[p("a"), p("a"), p("b")], [p("b"), p("c"), p("d"), p("e")]], 3)
    expect(ids(related)).toEqual(["b", "a", "c"])
    expect(pickRelated("self", [[p("a")]], 0)).toEqual([])
  })

  it("takes from both lists in turn rather than all of one first", () => {
    expect(ids(pickRelated("self", [[p("a1"), p("a2"), p("a3")], [p("b1"), p("b2")]], 4))).toEqual(["a1", "b1", "a2", "b2"])
  })

  it("copes with lists not loaded yet", () => {
    expect(ids(pickRelated("self", [undefined, [p("x")]], 4))).toEqual(["x"])
    expect(pickRelated("self", [undefined, undefined], 4)).toEqual([])
  })
})
