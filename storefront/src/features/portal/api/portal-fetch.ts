// Requests to the portal routes through the shared SDK client, with the staff token as Bearer.
import { createStaffFetch } from "../../staff/api/staff-fetch"
import { getStaffToken } from "./staff-token"

const requests = createStaffFetch(getStaffToken)

export const portalFetch = requests.fetch

/** A file from a portal route (a CSV or PDF): the body as a blob and the server's file name, when it exposes one. */
export const portalDownload = requests.download
