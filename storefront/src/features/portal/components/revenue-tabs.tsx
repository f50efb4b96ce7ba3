// The Keuangan pages' own navigation: overview, month summary, split template.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"

export function RevenueTabs() {
  const { t } = useTranslation()
  const tabs = [
    { to: "/portal/keuangan", label: t("portal.revenue.tabs.overview") },
    { to: "/portal/keuangan/bulan", label: t("portal.revenue.tabs.months") },
    { to: "/portal/keuangan/template", label: t("portal.revenue.tabs.template") },
  ] as const
  return (
    <nav aria-label={t("portal.revenue.tabs.label")}>
      <ul className="revenue-tabs">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              className="revenue-tabs__tab"
              activeOptions={{ exact: true, includeSearch: false }}
              activeProps={{ className: "revenue-tabs__tab--active", "aria-current": "page" }}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
