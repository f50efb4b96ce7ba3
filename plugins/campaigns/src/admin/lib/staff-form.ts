import type { CreateCsrStaffBody, CsrStaff, Program, UpdateCsrStaffBody } from "./types"

export type StaffFormValues = { email: string; name: string; password: string; program_ids: string[] }

export const emptyStaffForm: StaffFormValues = { email: "", name: "", password: "", program_ids: [] }

export const STAFF_FIELDS = ["email", "name", "password", "program_ids", "is_active"] as const
export type StaffField = (typeof STAFF_FIELDS)[number]

/** Body for POST /admin/campaigns/csr-staff. The password goes as typed: spaces in it are the person's choice. */
export function formToCreateStaffBody(v: StaffFormValues): CreateCsrStaffBody {
  return { email: v.email.trim().toLowerCase(), name: v.name.trim(), password: v.password, program_ids: [...v.program_ids] }
}

/** Body for POST /admin/campaigns/csr-staff/:id: the name and programs, only when they changed. */
export function formToUpdateStaffBody(v: Pick<StaffFormValues, "name" | "program_ids">, staff: CsrStaff): UpdateCsrStaffBody {
  const body: UpdateCsrStaffBody = {}
  const name = v.name.trim()
  if (name !== staff.name) body.name = name
  const ids = [...v.program_ids].sort()
  if (ids.join("\n") !== [...staff.program_ids].sort().join("\n")) body.program_ids = [...v.program_ids]
  return body
}

/** A staff member's programs by name (in the order of `programs`); an id no program has any more shows as itself. */
export function programNames(ids: string[], programs: Pick<Program, "id" | "name">[]): string[] {
  const known = programs.filter((p) => ids.includes(p.id)).map((p) => p.name)
  const unknown = ids.filter((id) => !programs.some((p) => p.id === id))
  return [...known, ...unknown]
}
