// Requests to the CSR portal routes (/portal/csr/*) through the shared SDK client, with the officer's token as Bearer.
import { createStaffFetch } from "../../staff/api/staff-fetch"
import { getCsrToken } from "./csr-token"

const requests = createStaffFetch(getCsrToken)

export const csrFetch = requests.fetch

/** A file from a CSR route (a PDF or CSV): the body as a blob and the server's file name, when it gives one. */
export const csrDownload = requests.download
