import { fieldErrors, fieldOf } from "./field-errors"
import { PROGRAM_FIELDS } from "./program-form"
import { STAFF_FIELDS } from "./staff-form"

/** What the JS SDK throws for a non-2xx answer: the API's message and the status. */
const fetchError = (message: string, status: number) => Object.assign(new Error(message), { status })

describe("fieldOf", () => {
  it("finds the earliest field named, the longer name at the same place", () => {
    expect(fieldOf("Value for field 'sdg_targets, 0' too small", PROGRAM_FIELDS)).toBe("sdg_targets")
    expect(fieldOf("Field 'sponsor_unit' is required", PROGRAM_FIELDS)).toBe("sponsor_unit")
    expect(fieldOf("description_en: too long", PROGRAM_FIELDS)).toBe("description_en")
    expect(fieldOf("something else went wrong", PROGRAM_FIELDS)).toBeNull()
  })
})

describe("fieldErrors", () => {
  it("puts each part of a Medusa 400 under its field, in Bahasa Indonesia", () => {
    const err = fetchError(
      "Invalid request: Field 'name' is required; Value for field 'password' too small, expected at least: '10'; Value for field 'program_ids' too small, expected at least: '1'",
      400
    )
    expect(fieldErrors(err, STAFF_FIELDS, { program_ids: "program" })).toEqual({
      fields: { name: "Wajib diisi.", password: "Minimal 10 karakter.", program_ids: "Pilih minimal 1 program." },
      form: null,
    })
  })

  it("translates the plugin's own messages and keeps unknown ones as the server wrote them", () => {
    expect(fieldErrors(fetchError("Invalid request: sdg_targets: use a target number, e.g. 1.4", 400), PROGRAM_FIELDS).fields).toEqual({
      sdg_targets: "Gunakan nomor target SDG, mis. 1.4.",
    })
    expect(fieldErrors(fetchError("Invalid request: start_date: not a day of the calendar", 400), PROGRAM_FIELDS).fields).toEqual({
      start_date: "Tanggal ini tidak ada di kalender.",
    })
    expect(fieldErrors(fetchError("facility_ids: no facility fac_x", 400), PROGRAM_FIELDS).fields).toEqual({
      facility_ids: "no facility fac_x",
    })
  })

  it("shows a taken handle or email (409, or a 400 from the auth module) under the field", () => {
    expect(fieldErrors(fetchError("handle: a program with handle patra-academy already exists", 409), PROGRAM_FIELDS)).toEqual({
      fields: { handle: "Sudah dipakai." },
      form: null,
    })
    expect(fieldErrors(fetchError("email: Identity with email already exists", 400), STAFF_FIELDS).fields).toEqual({
      email: "Sudah dipakai.",
    })
  })

  it("keeps what names no field for the top of the form", () => {
    expect(fieldErrors(fetchError("Invalid request: Unrecognized fields: 'sales_channel_id'", 400), PROGRAM_FIELDS)).toEqual({
      fields: {},
      form: "Unrecognized fields: 'sales_channel_id'",
    })
  })

  it("does not pin a server failure on a field", () => {
    const result = fieldErrors(fetchError("An unknown error occurred while handling name", 500), PROGRAM_FIELDS)
    expect(result.fields).toEqual({})
    expect(result.form).toBe("An unknown error occurred while handling name")
    expect(fieldErrors(new Error(""), PROGRAM_FIELDS).form).toBe("Terjadi kesalahan. Coba lagi.")
  })
})
