import { describe, expect, it } from "vitest"
import {
  safeFilename,
  blobToBase64,
  fileToUpload,
  MAX_UPLOAD_BYTES,
  moveItem,
  uploadProblem,
} from "./file-upload"

describe("blobToBase64", () => {
  it("encodes the bytes without a data: prefix", async () => {
    expect(await blobToBase64(new Blob(["Batik tulis"]))).toBe(
      Buffer.from("Batik tulis").toString("base64")
    )
  })

  it("encodes every byte value and large files (chunked)", async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256)
    expect(await blobToBase64(new Blob([bytes]))).toBe(
      Buffer.from(bytes).toString("base64")
    )
  })

  it("gives an empty string for an empty file", async () => {
    expect(await blobToBase64(new Blob([]))).toBe("")
  })
})

describe("fileToUpload", () => {
  it("carries name, type and content", async () => {
    const file = new File(["<svg/>"], "motif.svg", { type: "image/svg+xml" })
    expect(await fileToUpload(file)).toEqual({
      filename: "motif.svg",
      mime_type: "image/svg+xml",
      content: Buffer.from("<svg/>").toString("base64"),
    })
  })
})

describe("uploadProblem", () => {
  it("accepts jpeg, png, webp and svg up to 5 MB", () => {
    expect(uploadProblem({ type: "image/jpeg", size: MAX_UPLOAD_BYTES })).toBeNull()
    expect(uploadProblem({ type: "image/webp", size: 10 })).toBeNull()
  })
  it("refuses other types and larger files", () => {
    expect(uploadProblem({ type: "image/gif", size: 10 })).toBe("type")
    expect(uploadProblem({ type: "image/png", size: MAX_UPLOAD_BYTES + 1 })).toBe("size")
  })
})

describe("moveItem", () => {
  it("moves one item and leaves the input alone", () => {
    const items = ["a", "b", "c"]
    expect(moveItem(items, 2, 1)).toEqual(["a", "c", "b"])
    expect(moveItem(items, 0, 1)).toEqual(["b", "a", "c"])
    expect(items).toEqual(["a", "b", "c"])
  })
  it("ignores moves past either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"])
    expect(moveItem(["a", "b"], 1, 2)).toEqual(["a", "b"])
  })
})

describe("safeFilename", () => {
  it("keeps what the server accepts and replaces the rest", () => {
    expect(safeFilename("batik_angso-duo 2.jpg")).toBe("batik_angso-duo 2.jpg")
    expect(safeFilename("Foto (1).JPG")).toBe("Foto -1-.JPG")
    expect(safeFilename("kué ✨.png")).toBe("kue -.png")
    expect(safeFilename("???")).toBe("foto")
  })
})
