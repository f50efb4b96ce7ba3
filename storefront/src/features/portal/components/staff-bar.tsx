// Who is signed in, for which facility, and the portal's sections.
import { Link, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useMe } from "../api/get-me"
import { useSignOut } from "../api/sign-in"

export function StaffBar() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  const signOut = useSignOut()
  const navigate = useNavigate()

  const tabs = [
    { to: "/portal", label: t("portal.nav.dashboard"), exact: true },
    { to: "/portal/produk", label: t("portal.nav.products"), exact: false },
    { to: "/portal/peserta", label: t("portal.nav.participants"), exact: false },
    { to: "/portal/pesanan", label: t("portal.nav.orders"), exact: false },
    { to: "/portal/motif", label: t("portal.nav.motifs"), exact: false },
    { to: "/portal/keuangan", label: t("portal.nav.revenue"), exact: false },
  ] as const

  return (
    <div className="staff-bar">
      <div className="staff-bar__top container">
        <div className="staff-bar__who">
          <p className="staff-bar__facility">{me.facility.name}</p>
          <p className="staff-bar__staff">
            {t("portal.bar.staff", {
              name: me.staff.name,
              role: t(me.staff.role === "manager" ? "portal.roles.manager" : "portal.roles.staff"),
            })}
          </p>
        </div>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => void signOut(() => navigate({ to: "/portal/masuk" }))}
        >
          {t("portal.bar.signOut")}
        </button>
      </div>
      <nav className="staff-tabs" aria-label={t("portal.nav.label")}>
        <ul className="staff-tabs__list container">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <Link
                to={tab.to}
                className="staff-tabs__tab"
                activeOptions={{ exact: tab.exact, includeSearch: false }}
                activeProps={{ className: "staff-tabs__tab--active", "aria-current": "page" }}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
