// The signed-in pages' menu: overview, orders, addresses, and signing out.
import { Link, useNavigate } from "@tanstack/react-router"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSignOut } from "../api/sign-out"

const active = { className: "account-nav__link--active", "aria-current": "page" as const }

export function AccountNav() {
  const { t } = useTranslation()
  const signOut = useSignOut()
  const navigate = useNavigate()
  const [leaving, setLeaving] = useState(false)

  return (
    <nav className="account-nav" aria-label={t("account.nav.label")}>
      <ul className="account-nav__list">
        <li>
          <Link to="/akun" className="account-nav__link" activeOptions={{ exact: true }} activeProps={active}>
            {t("account.nav.overview")}
          </Link>
        </li>
        <li>
          <Link to="/akun/pesanan" className="account-nav__link" activeProps={active}>
            {t("account.nav.orders")}
          </Link>
        </li>
        <li>
          <Link to="/akun/alamat" className="account-nav__link" activeProps={active}>
            {t("account.nav.addresses")}
          </Link>
        </li>
      </ul>
      <button
        type="button"
        className="button button--ghost account-button--small account-nav__sign-out"
        aria-disabled={leaving}
        onClick={() => {
          if (leaving) return
          setLeaving(true)
          void signOut(() => navigate({ to: "/" }))
        }}
      >
        {leaving ? t("account.nav.signingOut") : t("account.nav.signOut")}
      </button>
    </nav>
  )
}
