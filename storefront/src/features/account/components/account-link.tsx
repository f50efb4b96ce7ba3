// The header's way into the account: "Masuk" when signed out, "Akun" when signed in. Part of every page's bundle,
// so it carries only the customer query (no request at all without a stored token).
import "../account-link.css"
import { useQueryClient } from "@tanstack/react-query"
import { Link, useRouterState } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { hasCustomerToken, subscribeCustomerToken } from "../api/customer-token"
import { useCustomer } from "../api/get-customer"
import { accountKeys } from "../api/query-keys"

function PersonIcon() {
  return (
    <svg className="account-link__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

export function AccountLink({ className }: { className?: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const { data: customer } = useCustomer()
  const href = useRouterState({ select: (state) => state.location.href })

  // Another tab signed in or out: ask again who this is.
  useEffect(
    () => subscribeCustomerToken(() => void queryClient.invalidateQueries({ queryKey: accountKeys.all })),
    [queryClient]
  )

  // Before the first answer, a stored token stands for "signed in" so the link does not flicker.
  const signedIn = customer === undefined ? hasCustomerToken() : customer !== null
  const classes = ["account-link", className].filter(Boolean).join(" ")
  const inAccount = /^\/akun(\/|$|\?)/.test(href)

  return signedIn ? (
    <Link to="/akun" className={classes} activeProps={{ className: "account-link--active" }}>
      <PersonIcon />
      <span className="account-link__text">{t("header.account")}</span>
    </Link>
  ) : (
    <Link
      to="/akun/masuk"
      // back to this page after signing in (the sign-in page checks it stays inside the store)
      search={{ redirect: inAccount ? undefined : href }}
      className={classes}
      activeProps={{ className: "account-link--active" }}
    >
      <PersonIcon />
      <span className="account-link__text">{t("header.signIn")}</span>
    </Link>
  )
}
