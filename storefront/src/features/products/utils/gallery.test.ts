import { describe, expect, it } from "vitest"
import { galleryImages, indexForKey, indexFromScroll, stepIndex } from "./gallery"

describe("galleryImages", () => {
  it("lists every photo once, by rank", () => {
    expect(
      galleryImages({
        thumbnail: "a.jpg",
        images: [
          { url: "c.jpg", rank: 2 },
          { url: "a.jpg", rank: 0 },
          { url: "b.jpg", rank: 1 },
          { url: "a.jpg", rank: 3 },
        ],
      })
    ).toEqual(["a.jpg", "b.jpg", "c.jpg"])
  })

  it("keeps the given order when ranks are missing or equal", () => {
    expect(galleryImages({ images: [{ url: "x.jpg" }, { url: "y.jpg" }] })).toEqual(["x.jpg", "y.jpg"])
    expect(galleryImages({ images: [{ url: "x.jpg", rank: 0 }, { url: "y.jpg", rank: 0 }] })).toEqual(["x.jpg", "y.jpg"])
  })

  it("falls back to the thumbnail, and to nothing", () => {
    expect(galleryImages({ thumbnail: "t.jpg", images: [] })).toEqual(["t.jpg"])
    expect(galleryImages({ thumbnail: null, images: null })).toEqual([])
  })
})

describe("stepIndex", () => {
  it("moves forward and back, wrapping at both ends", () => {
    expect(stepIndex(0, 1, 3)).toBe(1)
    expect(stepIndex(2, 1, 3)).toBe(0)
    expect(stepIndex(0, -1, 3)).toBe(2)
    expect(stepIndex(1, -4, 3)).toBe(0)
  })

  it("stays at 0 without photos", () => {
    expect(stepIndex(0, 1, 0)).toBe(0)
  })
})

describe("indexForKey", () => {
  it("follows the arrow keys, Home and End", () => {
    expect(indexForKey("ArrowRight", 0, 4)).toBe(1)
    expect(indexForKey("ArrowLeft", 0, 4)).toBe(3)
    expect(indexForKey("Home", 2, 4)).toBe(0)
    expect(indexForKey("End", 0, 4)).toBe(3)
  })

  it("leaves other keys, and a single photo, to the browser", () => {
    expect(indexForKey("Tab", 0, 4)).toBeNull()
    expect(indexForKey("ArrowDown", 0, 4)).toBeNull()
    expect(indexForKey("ArrowRight", 0, 1)).toBeNull()
  })
})

describe("indexFromScroll", () => {
  it("picks the photo nearest the scroll position", () => {
    expect(indexFromScroll(0, 390, 3)).toBe(0)
    expect(indexFromScroll(390, 390, 3)).toBe(1)
    expect(indexFromScroll(600, 390, 3)).toBe(2)
    expect(indexFromScroll(500, 390, 3)).toBe(1)
  })

  it("stays within the photos, also when scrolled past the end or right-to-left", () => {
    expect(indexFromScroll(5000, 390, 3)).toBe(2)
    expect(indexFromScroll(-390, 390, 3)).toBe(1)
    expect(indexFromScroll(100, 0, 3)).toBe(0)
  })
})
