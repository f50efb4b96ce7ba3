// /checkout: contact and address, delivery, payment, review and place the order. Its own chunk; Stripe's code is
// split off again inside it and loads only when the buyer pays by card.
import "../../features/cart/i18n"
import "../../features/checkout/i18n"
import "../../features/cart/cart.css"
import "../../features/checkout/checkout.css"
import { createLazyRoute, getRouteApi } from "@tanstack/react-router"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Loading } from "../../components/ui/loading"
import { getCustomerQueryOptions } from "../../features/account/api/get-customer"
import { CheckoutView } from "../../features/checkout/components/checkout-view"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/checkout")({
  component: CheckoutRoute,
})

const route = getRouteApi("/checkout")

function CheckoutRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("checkout.title"), t("checkout.description"))
  const { redirect_status } = route.useSearch()
  // The signed-in customer fills in the address; a failed look-up only means an empty form.
  const customer = useQuery(getCustomerQueryOptions())
  return (
    <div className="container checkout-page">
      <h1 className="checkout-page__title">{t("checkout.heading")}</h1>
      {customer.isPending ? (
        <Loading label={t("checkout.loading")} />
      ) : (
        <CheckoutView customer={customer.data ?? null} redirectStatus={redirect_status} />
      )}
    </div>
  )
}
