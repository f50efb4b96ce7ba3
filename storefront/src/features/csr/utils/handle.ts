// An expo's handle (its URL name, e.g. "smexpo-2026"): what the server accepts is lowercase letters, digits and
// single dashes, at most 80 characters.
const MAX = 80

export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** "Bazar UMKM Jakabaring — Desember" → "bazar-umkm-jakabaring-desember"; accents lose their marks, "&" and the like
 * become a dash; cut at a dash when the name is long. */
export function handleFromName(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (plain.length <= MAX) return plain
  const cut = plain.slice(0, MAX + 1)
  const lastDash = cut.lastIndexOf("-")
  return (lastDash > 0 ? cut.slice(0, lastDash) : plain.slice(0, MAX)).replace(/-+$/, "")
}

export const isHandle = (value: string) => value.length <= MAX && HANDLE_PATTERN.test(value)
