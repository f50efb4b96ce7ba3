// Turns an API error into messages under the fields it names. Medusa's 400s read "Invalid request: Field 'name' is
// required; Value for field 'password' too small, expected at least: '10'" (up to three parts), the plugin's own
// "handle: a program with handle x already exists"; each part goes under the field it names, in Bahasa Indonesia
// where the pattern is known, otherwise as the server wrote it.

export type FieldErrors<F extends string> = {
  /** one message per named field */
  fields: Partial<Record<F, string>>
  /** what names no field of the form (or a failure that is not a 400 / 409), for the top of the form */
  form: string | null
}

/** What a field counts, for "at least N" messages: characters for text, or items for a list ("program"). */
export type FieldUnits<F extends string> = Partial<Record<F, string>>

/** The form field a part of a message is about: the earliest known name in it (the longer name at the same place). */
export function fieldOf<F extends string>(part: string, fields: readonly F[]): F | null {
  let best: { field: F; at: number } | null = null
  for (const field of fields) {
    const match = new RegExp(`(^|[^A-Za-z0-9_])${field}($|[^A-Za-z0-9_])`).exec(part)
    if (!match) continue
    const at = match.index + match[1]!.length
    if (!best || at < best.at || (at === best.at && field.length > best.field.length)) best = { field, at }
  }
  return best?.field ?? null
}

const KNOWN: [RegExp, string][] = [
  [/use lowercase letters, digits and dashes/i, "Gunakan huruf kecil, angka, dan tanda hubung (-)."],
  [/use YYYY-MM-DD/i, "Gunakan tanggal berformat TTTT-BB-HH."],
  [/not a day of the calendar/i, "Tanggal ini tidak ada di kalender."],
  [/use a target number/i, "Gunakan nomor target SDG, mis. 1.4."],
  [/must be an email address/i, "Alamat email tidak valid."],
  [/already (exists|has|used)|identity with email already exists/i, "Sudah dipakai."],
  [/give at least one program/i, "Pilih minimal 1 program."],
]

/** One part of a message, for the field it names, in Bahasa Indonesia where the pattern is known. */
export function describe(part: string, field: string | null, unit = "karakter"): string {
  if (/^Field '[^']+' is required$/.test(part)) return "Wajib diisi."
  const small = /too small, expected at least: '?(\d+)'?/.exec(part)
  if (small) {
    const n = Number(small[1])
    if (unit === "karakter") return n <= 1 ? "Wajib diisi." : `Minimal ${n} karakter.`
    return `Pilih minimal ${n} ${unit}.`
  }
  const big = /too big, expected at most: '?(\d+)'?/.exec(part)
  if (big) return `Maksimal ${big[1]} ${unit}.`
  if (/^Expected type: /.test(part)) return "Isian tidak valid."
  for (const [pattern, text] of KNOWN) if (pattern.test(part)) return text
  // "handle: …" → "…": the message sits under the field already
  return field && part.startsWith(`${field}: `) ? part.slice(field.length + 2) : part
}

const statusOf = (error: unknown) =>
  typeof error === "object" && error !== null && "status" in error ? Number((error as { status: unknown }).status) : null

export function fieldErrors<F extends string>(error: unknown, fields: readonly F[], units: FieldUnits<F> = {}): FieldErrors<F> {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : ""
  const status = statusOf(error)
  // Only a 400 / 409 is about the input; anything else (a 500, the network) is shown as it is, at the top.
  if (status !== null && status !== 400 && status !== 409) {
    return { fields: {}, form: message || `Permintaan gagal (${status})` }
  }
  const result: FieldErrors<F> = { fields: {}, form: null }
  const rest: string[] = []
  for (const part of message.replace(/^Invalid request:\s*/, "").split(/;\s+/)) {
    if (!part.trim()) continue
    const field = fieldOf(part, fields)
    if (field && !result.fields[field]) result.fields[field] = describe(part.trim(), field, units[field])
    else if (!field) rest.push(part.trim())
  }
  if (rest.length) result.form = rest.join("; ")
  if (!message) result.form = "Terjadi kesalahan. Coba lagi."
  return result
}

export const noErrors = <F extends string>(): FieldErrors<F> => ({ fields: {}, form: null })
