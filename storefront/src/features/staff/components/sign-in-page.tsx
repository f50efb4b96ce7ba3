import { useRouter } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useStaffTitle } from "../hooks/use-staff-title"
import type { StaffPortal } from "../staff-portal"
import { StaffSignInForm } from "./sign-in-form"

/** A portal's sign-in page; signed in, it goes on to `redirect` (already checked to stay inside the portal). */
export function StaffSignInPage({
  portal,
  redirect,
  expired,
}: {
  portal: StaffPortal
  redirect: string | undefined
  expired: boolean
}) {
  const { t } = useTranslation()
  useStaffTitle(portal, t(`${portal.key}.signIn.submit`))
  const router = useRouter()
  return (
    <div className={`container ${portal.key}-page ${portal.key}-sign-in-page`}>
      <StaffSignInForm
        portal={portal}
        expired={expired}
        onSignedIn={() => router.history.replace(redirect ?? portal.home)}
      />
    </div>
  )
}
