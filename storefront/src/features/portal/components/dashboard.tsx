import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useDashboard } from "../api/get-dashboard"
import { useMe } from "../api/get-me"

export function Dashboard() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  const { data } = useDashboard()

  const counts = [
    { label: t("portal.dashboard.products"), value: data.product_count, to: "/portal/produk" },
    { label: t("portal.dashboard.published"), value: data.published_count, to: "/portal/produk" },
    { label: t("portal.dashboard.participants"), value: data.participant_count, to: "/portal/peserta" },
    { label: t("portal.dashboard.openOrders"), value: data.open_orders, to: "/portal/pesanan" },
  ] as const

  return (
    <>
      <h1 className="portal-title">{me.facility.name}</h1>
      <p className="portal-lead">
        {me.facility.city}, {me.facility.province}
      </p>
      <ul className="stat-grid">
        {counts.map((count) => (
          <li key={count.label}>
            <Link to={count.to} className="stat-card">
              <span className="stat-card__value">{count.value.toLocaleString("id-ID")}</span>
              <span className="stat-card__label">{count.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="portal-columns">
        <section className="portal-card" aria-labelledby="low-stock-heading">
          <h2 id="low-stock-heading" className="portal-card__title">
            {t("portal.dashboard.lowStock")}
          </h2>
          {data.low_stock.length === 0 ? (
            <p className="portal-muted">{t("portal.dashboard.lowStockEmpty")}</p>
          ) : (
            <ul className="low-stock">
              {data.low_stock.map((item) => (
                <li key={`${item.product_id}-${item.variant_title ?? ""}`} className="low-stock__item">
                  <Link to="/portal/produk/$id" params={{ id: item.product_id }}>
                    {item.title}
                    {item.variant_title ? ` — ${item.variant_title}` : ""}
                  </Link>
                  <span className={item.stock === 0 ? "low-stock__count low-stock__count--out" : "low-stock__count"}>
                    {t("portal.dashboard.stockLeft", { count: item.stock })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="portal-card" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading" className="portal-card__title">
            {t("portal.dashboard.shortcuts")}
          </h2>
          <ul className="shortcut-list">
            <li>
              <Link to="/portal/produk/baru" className="button">
                {t("portal.dashboard.newProduct")}
              </Link>
            </li>
            <li>
              <Link to="/portal/peserta/baru" className="button button--ghost">
                {t("portal.dashboard.newParticipant")}
              </Link>
            </li>
            <li>
              <Link to="/portal/pesanan" className="button button--ghost">
                {t("portal.dashboard.viewOrders")}
              </Link>
            </li>
          </ul>
        </section>
      </div>
    </>
  )
}
