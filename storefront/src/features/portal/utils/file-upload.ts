// Photos for the upload route: read as base64 in the browser, checked against what the server accepts.
import type { UploadFile } from "../api/types"

export const ACCEPTED_IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/svg+xml",
] as const
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

export type UploadProblem = "type" | "size"

/** Why the server would refuse this file, or null when it is fine. */
export function uploadProblem(file: {
  type: string
  size: number
}): UploadProblem | null {
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return "type"
  }
  return file.size > MAX_UPLOAD_BYTES ? "size" : null
}

/** Base64 of the bytes (no "data:" prefix). Chunked so large photos do not overflow the argument list. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  const CHUNK = 0x8000
  let binary = ""
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK))
  }
  return btoa(binary)
}

/** The server takes letters, digits, spaces, dots, dashes and underscores in a file name; the rest become "-". */
export function safeFilename(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w. -]+/g, "-")
    .replace(/-{2,}/g, "-")
    .trim()
    .slice(-200)
  return cleaned.replace(/^[-. ]+/, "") || "foto"
}

export async function fileToUpload(file: File): Promise<UploadFile> {
  return {
    filename: safeFilename(file.name),
    mime_type: file.type,
    content: await blobToBase64(file),
  }
}

/** Moves the item at `from` one place towards `to` (for reordering photos). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items]
  const next = [...items]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}
