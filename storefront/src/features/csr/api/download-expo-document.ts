// The expo's printables: the sheet of QR product tags and the catalogue, both PDFs made by the server.
import { useMutation } from "@tanstack/react-query"
import { saveBlob } from "../../../lib/download"
import { csrDownload } from "./csr-fetch"

export type ExpoDocument = { kind: "tags"; copies: number } | { kind: "catalogue" }

/** Downloads and saves the document; resolves with the saved file's name. */
export async function downloadExpoDocument(expo: { id: string; handle: string }, doc: ExpoDocument): Promise<string> {
  const path = `/portal/csr/expos/${encodeURIComponent(expo.id)}/documents/${doc.kind}`
  const { blob, filename } = await csrDownload(path, doc.kind === "tags" ? { copies: doc.copies } : undefined)
  const name = filename ?? `${expo.handle}-${doc.kind === "tags" ? "label" : "katalog"}.pdf`
  saveBlob(blob, name)
  return name
}

export function useDownloadExpoDocument(expo: { id: string; handle: string }) {
  return useMutation({ mutationFn: (doc: ExpoDocument) => downloadExpoDocument(expo, doc) })
}
