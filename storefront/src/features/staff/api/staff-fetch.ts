// Requests to a staff portal's routes through the shared SDK client, with that portal's token as Bearer, and the
// readings of a failed request both portals make.
import { FetchError } from "@medusajs/js-sdk"
import { filenameFromDisposition } from "../../../lib/download"
import { getSdk } from "../../../lib/sdk"

export type StaffQuery = Record<string, string | number | boolean | undefined>

export type StaffFetchInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: Record<string, unknown>
  query?: StaffQuery
}

function bearer(getToken: () => string | null): string {
  const token = getToken()
  if (!token) throw new FetchError("Not signed in", "Unauthorized", 401)
  return `Bearer ${token}`
}

/** The fetch and download of one portal: `getToken` is its token store's. */
export function createStaffFetch(getToken: () => string | null) {
  return {
    async fetch<T>(path: string, init: StaffFetchInit = {}): Promise<T> {
      const authorization = bearer(getToken)
      return getSdk().client.fetch<T>(path, {
        method: init.method ?? "GET",
        body: init.body,
        query: init.query,
        // No locale header: the portal routes answer in one language, and the header would need its own CORS allowance.
        headers: { authorization, "x-medusa-locale": null },
      })
    },

    /**
     * A file from a portal route (a PDF or CSV): the body as a blob and the server's file name, when it gives one.
     * Not asking for JSON makes the SDK hand back the raw response; failures still throw its FetchError.
     */
    async download(path: string, query?: StaffQuery): Promise<{ blob: Blob; filename: string | null }> {
      const authorization = bearer(getToken)
      const response = await getSdk().client.fetch<Response>(path, {
        method: "GET",
        query,
        headers: { authorization, accept: "*/*", "x-medusa-locale": null },
      })
      return {
        blob: await response.blob(),
        filename: filenameFromDisposition(response.headers.get("content-disposition")),
      }
    },
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
