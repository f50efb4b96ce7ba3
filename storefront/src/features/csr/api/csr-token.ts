// The signed-in CSR officer's JWT (auth actor `csr_staff`). Its own key, apart from the facility staff's
// ("karya.portal.token") and the buyer's: each token is sent only to its own routes.
import { createTokenStore } from "../../staff/api/token-store"

export const csrTokens = createTokenStore("karya.csr.token")

export const getCsrToken = csrTokens.get
export const setCsrToken = csrTokens.set
export const clearCsrToken = csrTokens.clear
