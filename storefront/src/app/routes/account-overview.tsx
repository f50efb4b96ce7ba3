// /akun: who is signed in, her latest orders and her default delivery address.
import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useRecentOrders } from "../../features/account/api/get-orders"
import { AddressLines } from "../../features/account/components/address-lines"
import { defaultAddress as findDefaultAddress } from "../../features/account/components/address-list"
import { OrderRow } from "../../features/account/components/order-row"
import { ProfileSection } from "../../features/account/components/profile-section"
import { useSignedInCustomer } from "../../features/account/hooks/use-signed-in-customer"
import { fullName } from "../../features/account/utils/format"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/")({
  component: OverviewRoute,
})

function OverviewRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.title"))
  const customer = useSignedInCustomer()
  const { data: recent } = useRecentOrders()
  if (!customer) return null
  const defaultAddress = findDefaultAddress(customer)

  return (
    <>
      <h1 className="account-page__title">
        {t("account.overview.greeting", { name: fullName(customer) || customer.email })}
      </h1>
      <div className="account-overview">
        <ProfileSection customer={customer} />

        <section className="account-section account-card" aria-labelledby="default-address-heading">
          <h2 id="default-address-heading">{t("account.overview.defaultAddress")}</h2>
          {defaultAddress ? (
            <AddressLines address={defaultAddress} />
          ) : (
            <p className="account-empty">{t("account.overview.noAddress")}</p>
          )}
          <Link to="/akun/alamat" className="button button--ghost">
            {t("account.overview.manageAddresses")}
          </Link>
        </section>
      </div>

      <section className="account-section" aria-labelledby="recent-orders-heading">
        <div className="account-section__head">
          <h2 id="recent-orders-heading">{t("account.overview.recentOrders")}</h2>
          {recent.count > 0 && <Link to="/akun/pesanan">{t("account.overview.allOrders")}</Link>}
        </div>
        {recent.orders.length === 0 ? (
          <div className="account-empty">
            <p>{t("account.orders.empty")}</p>
            <Link to="/" className="button">
              {t("account.orders.shop")}
            </Link>
          </div>
        ) : (
          <ul className="order-list">
            {recent.orders.map((order) => (
              <OrderRow key={order.id} order={order} headingLevel={3} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
