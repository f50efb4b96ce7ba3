// The signed-in staff member's JWT. Kept apart from the SDK's own token storage so it is sent only to /portal
// routes, never with the buyer's store requests.
const STORAGE_KEY = "karya.portal.token"

let memoryToken: string | null = null

export function getStaffToken(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return memoryToken // storage blocked: the session lasts as long as the tab
  }
}

export function setStaffToken(token: string): void {
  memoryToken = token
  try {
    window.localStorage.setItem(STORAGE_KEY, token)
  } catch {
    // kept in memory only
  }
}

export function clearStaffToken(): void {
  memoryToken = null
  try {
    window.localStorage.removeItem(STORAGE_KEY)
  } catch {
    // nothing stored
  }
}
