import { formToCreateStaffBody, formToUpdateStaffBody, programNames } from "./staff-form"
import type { CsrStaff } from "./types"

const staff: CsrStaff = { id: "csr_1", email: "tim@patra.id", name: "Tim PATRA", program_ids: ["prog_a", "prog_b"], is_active: true }

describe("CSR staff form", () => {
  it("trims and lowercases the email, keeps the password as typed", () => {
    expect(formToCreateStaffBody({ email: " Tim@PATRA.id ", name: " Tim PATRA ", password: " sandi rahasia ", program_ids: ["prog_a"] })).toEqual({
      email: "tim@patra.id",
      name: "Tim PATRA",
      password: " sandi rahasia ",
      program_ids: ["prog_a"],
    })
  })

  it("sends only a changed name or program set", () => {
    expect(formToUpdateStaffBody({ name: "Tim PATRA ", program_ids: ["prog_b", "prog_a"] }, staff)).toEqual({})
    expect(formToUpdateStaffBody({ name: "Tim CSR PATRA", program_ids: ["prog_a"] }, staff)).toEqual({
      name: "Tim CSR PATRA",
      program_ids: ["prog_a"],
    })
  })

  it("names the programs, keeping an unknown id visible", () => {
    const programs = [
      { id: "prog_b", name: "PATRA Academy" },
      { id: "prog_a", name: "Srikandi Mandiri" },
    ]
    expect(programNames(["prog_a", "prog_gone", "prog_b"], programs)).toEqual(["PATRA Academy", "Srikandi Mandiri", "prog_gone"])
    expect(programNames([], programs)).toEqual([])
  })
})
