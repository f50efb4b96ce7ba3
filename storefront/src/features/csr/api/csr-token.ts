// The signed-in CSR officer's JWT (auth actor `csr_staff`). Its own key, apart from the facility staff's
// ("karya.portal.token") and the buyer's: each token is sent only to its own routes.
const STORAGE_KEY = "karya.csr.token"

let memoryToken: string | null = null

export function getCsrToken(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return memoryToken // storage blocked: the session lasts as long as the tab
  }
}

export function setCsrToken(token: string): void {
  memoryToken = token
  try {
    window.localStorage.setItem(STORAGE_KEY, token)
  } catch {
    // kept in memory only
  }
}

export function clearCsrToken(): void {
  memoryToken = null
  try {
    window.localStorage.removeItem(STORAGE_KEY)
  } catch {
    // nothing stored
  }
}
