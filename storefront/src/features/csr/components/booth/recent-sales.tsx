// The expo's latest sales under the booth: booth sales and orders that came through its QR tags.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../../lib/money"
import { useExpoOrders } from "../../api/get-expo-orders"
import { useLanguage } from "../../hooks/use-language"
import { formatSaleTime } from "../../utils/dates"

export function RecentSales({ expoId }: { expoId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const orders = useExpoOrders(expoId)

  return (
    <section aria-labelledby="recent-sales-heading">
      <h2 id="recent-sales-heading" className="csr-section-title">
        {t("csr.sales.heading")}
      </h2>
      {orders.isPending ? (
        <p className="csr-muted" role="status">
          {t("csr.sales.loading")}
        </p>
      ) : orders.isError ? (
        <p className="csr-field__error">{t("csr.sales.failed")}</p>
      ) : orders.data.orders.length === 0 ? (
        <p className="csr-muted">{t("csr.sales.none")}</p>
      ) : (
        <>
          <p className="csr-muted">{t("csr.sales.count", { count: orders.data.count })}</p>
          <table className="csr-table">
            <thead>
              <tr>
                <th scope="col">{t("csr.sales.number")}</th>
                <th scope="col">{t("csr.sales.time")}</th>
                <th scope="col">{t("csr.sales.source")}</th>
                <th scope="col">{t("csr.sales.method")}</th>
                <th scope="col" className="csr-table__num">
                  {t("csr.sales.items")}
                </th>
                <th scope="col" className="csr-table__num">
                  {t("csr.sales.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.data.orders.map((order) => (
                <tr key={order.id}>
                  <td data-label={t("csr.sales.number")}>#{order.display_id}</td>
                  <td data-label={t("csr.sales.time")}>{formatSaleTime(order.placed_at, language)}</td>
                  <td data-label={t("csr.sales.source")}>{t(`csr.sales.sources.${order.source}`)}</td>
                  <td data-label={t("csr.sales.method")}>
                    {order.payment_method ? t(`csr.booth.methods.${order.payment_method}`) : t("csr.sales.online")}
                  </td>
                  <td data-label={t("csr.sales.items")} className="csr-table__num">
                    {order.items_count}
                  </td>
                  <td data-label={t("csr.sales.total")} className="csr-table__num">
                    {formatRupiah(order.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
