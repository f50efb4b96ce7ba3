import { backendUrl } from "./sdk"

/**
 * Downloads a CSV / PDF answer of an admin route: fetched with the admin's session cookie, then saved through a
 * temporary object URL. Throws the API's message when the answer is not a file (e.g. a 400 naming `month`).
 */
export async function downloadFile(path: string, query: Record<string, string>, fallbackName: string) {
  const url = new URL(path, new URL(backendUrl, window.location.origin))
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  const res = await fetch(url, { credentials: "include" })
  if (!res.ok) {
    const body = await res.json().catch(() => null)
    throw new Error(body?.message || `Download failed (${res.status} ${res.statusText})`)
  }
  const blob = await res.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = href
  a.download = fileName(res.headers.get("content-disposition")) ?? fallbackName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(href), 1_000)
}

/** The file name the server suggests, if any (`filename*=UTF-8''…` first, then `filename="…"`). */
function fileName(disposition: string | null) {
  if (!disposition) return null
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (star?.[1]) return decodeURIComponent(star[1])
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain?.[1] ?? null
}
