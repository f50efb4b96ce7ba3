import { fileNameOf } from "./file-name"
import { backendUrl } from "./sdk"

/**
 * Downloads a PDF / CSV answer of an admin route: fetched with the admin's session cookie, saved under the name the
 * server gives it. Throws the API's message when the answer is an error (e.g. a 400 naming `from`).
 * Resolves with the saved file's name.
 */
export async function downloadFile(path: string, query: Record<string, string | undefined>, fallbackName: string) {
  const url = new URL(path.replace(/^\//, ""), new URL(backendUrl.endsWith("/") ? backendUrl : `${backendUrl}/`, window.location.origin))
  for (const [k, v] of Object.entries(query)) if (v) url.searchParams.set(k, v)
  const res = await fetch(url, { credentials: "include" })
  if (!res.ok) {
    const body = await res.json().catch(() => null)
    throw new Error(body?.message || `Unduhan gagal (${res.status} ${res.statusText})`)
  }
  const blob = await res.blob()
  const name = fileNameOf(res.headers.get("content-disposition")) ?? fallbackName
  const href = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  // let the browser start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(href), 1_000)
  return name
}
