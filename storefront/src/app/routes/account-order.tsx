// /akun/pesanan/$id: one of the customer's orders in full.
import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useOrder } from "../../features/account/api/get-order"
import { OrderDetail } from "../../features/account/components/order-detail"
import { useSignedInCustomer } from "../../features/account/hooks/use-signed-in-customer"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/pesanan/$id")({
  component: OrderRoute,
})

function OrderRoute() {
  const customer = useSignedInCustomer()
  const { id } = Route.useParams()
  return customer ? <OrderPage id={id} customerId={customer.id} /> : null
}

function OrderPage({ id, customerId }: { id: string; customerId: string }) {
  const { t } = useTranslation()
  const { data: order } = useOrder(id, customerId)
  const title = order ? t("account.order.title", { number: order.display_id }) : t("account.order.notFoundTitle")
  useDocumentTitle(title)
  return (
    <>
      <Link to="/akun/pesanan" className="back-link">
        <span aria-hidden="true">←</span> {t("account.order.back")}
      </Link>
      {order ? (
        <>
          <h1 className="account-page__title">{title}</h1>
          <OrderDetail order={order} />
        </>
      ) : (
        <>
          <h1 className="account-page__title">{title}</h1>
          <p className="account-empty">{t("account.order.notFoundBody")}</p>
        </>
      )}
    </>
  )
}
