import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { usePortalOrders } from "../api/get-orders"
import { useLanguage } from "../hooks/use-language"
import { formatDate } from "../utils/format-date"
import { fulfillmentStatusLabel, isPaidStatus, paymentStatusLabel } from "./labels"
import { PortalPager } from "./portal-pager"
import { StatusBadge } from "./status-badge"

export function OrderList({
  page,
  pageLink,
}: {
  page: number
  pageLink: (page: number, label: string, rel: "prev" | "next") => ReactNode
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data } = usePortalOrders({ page })
  if (data.count === 0) return <p className="empty-state">{t("portal.orders.empty")}</p>
  return (
    <>
      <p className="portal-muted">{t("portal.orders.count", { count: data.count })}</p>
      <table className="portal-table">
        <thead>
          <tr>
            <th scope="col">{t("portal.orders.order")}</th>
            <th scope="col">{t("portal.orders.date")}</th>
            <th scope="col">{t("portal.orders.items")}</th>
            <th scope="col" className="portal-table__num">
              {t("portal.orders.total")}
            </th>
            <th scope="col">{t("portal.orders.payment")}</th>
            <th scope="col">{t("portal.orders.fulfillment")}</th>
          </tr>
        </thead>
        <tbody>
          {data.orders.map((order) => {
            const quantity = order.items.reduce((sum, item) => sum + item.quantity, 0)
            return (
              <tr key={order.id}>
                <td className="portal-table__main">
                  <Link to="/portal/pesanan/$id" params={{ id: order.id }}>
                    {t("portal.orders.number", { id: order.display_id })}
                  </Link>
                </td>
                <td data-label={t("portal.orders.date")}>{formatDate(order.created_at, language)}</td>
                <td data-label={t("portal.orders.items")}>{t("portal.orders.itemCount", { count: quantity })}</td>
                <td className="portal-table__num" data-label={t("portal.orders.total")}>
                  {formatRupiah(order.items_total)}
                </td>
                <td data-label={t("portal.orders.payment")}>
                  <StatusBadge tone={isPaidStatus(order.payment_status) ? "good" : "muted"}>
                    {paymentStatusLabel(t, order.payment_status)}
                  </StatusBadge>
                </td>
                <td data-label={t("portal.orders.fulfillment")}>
                  <StatusBadge tone={order.fulfillments.length ? "good" : "warn"}>
                    {fulfillmentStatusLabel(t, order.fulfillment_status)}
                  </StatusBadge>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <PortalPager page={data.page} pageCount={data.pageCount} renderLink={pageLink} />
    </>
  )
}
