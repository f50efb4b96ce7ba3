// A staff portal's signed-in JWT under its own localStorage key, so each token is sent only to its own routes and
// never with the buyer's store requests (the SDK keeps the buyer's token apart).
export type TokenStore = {
  get: () => string | null
  set: (token: string) => void
  clear: () => void
}

export function createTokenStore(storageKey: string): TokenStore {
  let memoryToken: string | null = null
  return {
    get() {
      try {
        return window.localStorage.getItem(storageKey)
      } catch {
        return memoryToken // storage blocked: the session lasts as long as the tab
      }
    },
    set(token) {
      memoryToken = token
      try {
        window.localStorage.setItem(storageKey, token)
      } catch {
        // kept in memory only
      }
    },
    clear() {
      memoryToken = null
      try {
        window.localStorage.removeItem(storageKey)
      } catch {
        // nothing stored
      }
    },
  }
}
