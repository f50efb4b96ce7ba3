// The facility staff's Portal as the shared staff pieces (features/staff) see it.
import type { StaffPortal } from "../staff/staff-portal"
import { useSignIn } from "./api/sign-in"
import { clearStaffToken } from "./api/staff-token"

export const facilityPortal: StaffPortal = {
  key: "portal",
  home: "/portal",
  signInPath: "/portal/masuk",
  idPrefix: "",
  clearToken: clearStaffToken,
  useSignIn,
}
