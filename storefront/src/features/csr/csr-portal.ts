// The CSR portal as the shared staff pieces (features/staff) see it.
import type { StaffPortal } from "../staff/staff-portal"
import { clearCsrToken } from "./api/csr-token"
import { useCsrSignIn } from "./api/sign-in"

export const csrPortal: StaffPortal = {
  key: "csr",
  home: "/portal/csr",
  signInPath: "/portal/csr/masuk",
  idPrefix: "csr-",
  clearToken: clearCsrToken,
  useSignIn: useCsrSignIn,
}
