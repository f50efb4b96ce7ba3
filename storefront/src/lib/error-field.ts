/**
 * The form field a server 400 message is about: the known field name that appears first in the message
 * (Medusa's messages name it, e.g. "Invalid request: Field 'title_en' is required"). Null when none does.
 */
export function fieldFromMessage<F extends string>(
  message: string,
  fields: readonly F[]
): F | null {
  let best: { field: F; at: number } | null = null
  for (const field of fields) {
    const match = new RegExp(`(^|[^A-Za-z0-9_])${field}($|[^A-Za-z0-9_])`).exec(
      message
    )
    if (!match) continue
    const at = match.index + match[1]!.length
    // Prefer the earliest mention; at the same place, the longer name ("title_en" over "title").
    if (!best || at < best.at || (at === best.at && field.length > best.field.length)) {
      best = { field, at }
    }
  }
  return best?.field ?? null
}
