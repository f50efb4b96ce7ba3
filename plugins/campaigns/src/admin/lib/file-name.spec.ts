import { fileNameOf } from "./file-name"

describe("fileNameOf", () => {
  it("takes the server's file name, the UTF-8 one first", () => {
    expect(fileNameOf(`attachment; filename="laporan-dampak-patra-academy.pdf"`)).toBe("laporan-dampak-patra-academy.pdf")
    expect(fileNameOf(`attachment; filename=smexpo-2026-label.pdf`)).toBe("smexpo-2026-label.pdf")
    expect(fileNameOf(`attachment; filename="x.csv"; filename*=UTF-8''laporan%20dampak.csv`)).toBe("laporan dampak.csv")
  })

  it("gives null when there is no usable name", () => {
    expect(fileNameOf(null)).toBeNull()
    expect(fileNameOf("inline")).toBeNull()
    expect(fileNameOf(`attachment; filename=""`)).toBeNull()
  })
})
