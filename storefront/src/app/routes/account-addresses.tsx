// /akun/alamat: the customer's delivery addresses.
import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { AddressList } from "../../features/account/components/address-list"
import { useSignedInCustomer } from "../../features/account/hooks/use-signed-in-customer"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/alamat")({
  component: AddressesRoute,
})

function AddressesRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.addresses.title"))
  const customer = useSignedInCustomer()
  const { notice } = Route.useSearch()
  if (!customer) return null
  return (
    <>
      <h1 className="account-page__title">{t("account.addresses.title")}</h1>
      <AddressList customer={customer} initialNotice={notice} />
    </>
  )
}
