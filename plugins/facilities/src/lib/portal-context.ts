// For other plugins' portal routes: the signed-in facility staff member that this plugin's middleware puts on every
// /portal/facility/* request, and its facility. Another facility's records must answer 404.
export { notFound, staffOf, type PortalRequest, type StaffContext } from "../api/portal/facility/context"
