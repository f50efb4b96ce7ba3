// The signed-in staff member's JWT. Kept apart from the SDK's own token storage so it is sent only to /portal
// routes, never with the buyer's store requests.
import { createTokenStore } from "../../staff/api/token-store"

export const staffTokens = createTokenStore("karya.portal.token")

export const getStaffToken = staffTokens.get
export const setStaffToken = staffTokens.set
export const clearStaffToken = staffTokens.clear
