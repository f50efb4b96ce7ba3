// /akun/pesanan: the customer's order history, newest first, a page at a time.
import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useOrders } from "../../features/account/api/get-orders"
import { OrderRow } from "../../features/account/components/order-row"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/pesanan")({
  component: OrdersRoute,
})

function OrdersRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.orders.title"))
  const { page = 1 } = Route.useSearch()
  const { data } = useOrders(page)

  return (
    <>
      <h1 className="account-page__title">{t("account.orders.heading")}</h1>
      {data.orders.length === 0 ? (
        <div className="account-empty">
          <p>{t("account.orders.empty")}</p>
          <Link to="/" className="button">
            {t("account.orders.shop")}
          </Link>
        </div>
      ) : (
        <ul className="order-list">
          {data.orders.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
      )}
      {data.pageCount > 1 && (
        <nav className="pagination" aria-label={t("account.orders.pagination")}>
          {page > 1 ? (
            <Link
              to="/akun/pesanan"
              search={{ page: page > 2 ? page - 1 : undefined }}
              className="button button--ghost"
              rel="prev"
            >
              {t("account.orders.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="pagination__status">
            {t("account.orders.pageOf", { page, pages: data.pageCount })}
          </span>
          {page < data.pageCount ? (
            <Link to="/akun/pesanan" search={{ page: page + 1 }} className="button button--ghost" rel="next">
              {t("account.orders.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}
