// Requests to the CSR portal routes (/portal/csr/*) through the shared SDK client, with the officer's token as Bearer.
import { FetchError } from "@medusajs/js-sdk"
import { filenameFromDisposition } from "../../../lib/download"
import { getSdk } from "../../../lib/sdk"
import { getCsrToken } from "./csr-token"

type Query = Record<string, string | number | boolean | undefined>

type CsrFetchInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: Record<string, unknown>
  query?: Query
}

const notSignedIn = () => new FetchError("Not signed in", "Unauthorized", 401)

export async function csrFetch<T>(path: string, init: CsrFetchInit = {}): Promise<T> {
  const token = getCsrToken()
  if (!token) throw notSignedIn()
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    // No locale header: the portal routes answer in one language, and the header would need its own CORS allowance.
    headers: { authorization: `Bearer ${token}`, "x-medusa-locale": null },
  })
}

/**
 * A file from a CSR route (a PDF or CSV): the body as a blob and the server's file name, when it gives one.
 * Not asking for JSON makes the SDK hand back the raw response; failures still throw its FetchError.
 */
export async function csrDownload(path: string, query?: Query): Promise<{ blob: Blob; filename: string | null }> {
  const token = getCsrToken()
  if (!token) throw notSignedIn()
  const response = await getSdk().client.fetch<Response>(path, {
    method: "GET",
    query,
    headers: { authorization: `Bearer ${token}`, accept: "*/*", "x-medusa-locale": null },
  })
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get("content-disposition")),
  }
}

/** The HTTP status of a failed request, if it got an answer. */
export function errorStatus(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

export const isUnauthorized = (error: unknown) => errorStatus(error) === 401

/** The server's message for a 400 or 409 (it names the field), else undefined: other failures get a generic text. */
export function invalidDataMessage(error: unknown): string | undefined {
  const status = errorStatus(error)
  return (status === 400 || status === 409) && error instanceof Error && error.message ? error.message : undefined
}
