// Saving a file a portal (facility or CSR) fetched with its token: a plain link cannot carry the Authorization header.

/** The file name in a Content-Disposition header (RFC 6266: filename* first, then filename), or null. */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (extended?.[1]) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()))
    } catch {
      // malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header)
  const name = plain?.[1] ?? plain?.[2]
  return name ? safeName(name.trim()) : null
}

/** No folders, no empty names: the browser gets a bare file name. */
function safeName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? ""
  return base && base !== "." && base !== ".." ? base : null
}

/** Offers the blob as a download: an object URL clicked through a temporary <a download>. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked a minute later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
