// /akun/alamat/$addressId: change a saved address.
import { createLazyRoute, Link, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useUpdateAddress } from "../../features/account/api/update-address"
import { AddressForm, addressDraft } from "../../features/account/components/address-form"
import { useSignedInCustomer } from "../../features/account/hooks/use-signed-in-customer"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/alamat/$addressId")({
  component: EditAddressRoute,
})

function EditAddressRoute() {
  const { t } = useTranslation()
  const customer = useSignedInCustomer()
  const { addressId } = Route.useParams()
  const update = useUpdateAddress()
  const navigate = useNavigate()
  const address = customer?.addresses?.find((candidate) => candidate.id === addressId)
  useDocumentTitle(address ? t("account.addressForm.editTitle") : t("account.addressForm.notFoundTitle"))
  if (!customer) return null
  return (
    <>
      <Link to="/akun/alamat" className="back-link">
        <span aria-hidden="true">←</span> {t("account.addressForm.back")}
      </Link>
      {address ? (
        <>
          <h1 className="account-page__title">{t("account.addressForm.editTitle")}</h1>
          <AddressForm
            initial={addressDraft(address)}
            pending={update.isPending}
            error={update.error}
            onSubmit={(values) =>
              update.mutate(
                { id: address.id, values },
                { onSuccess: () => void navigate({ to: "/akun/alamat", search: { notice: "saved" } }) }
              )
            }
          />
        </>
      ) : (
        <>
          <h1 className="account-page__title">{t("account.addressForm.notFoundTitle")}</h1>
          <p className="account-empty">{t("account.addressForm.notFoundBody")}</p>
        </>
      )}
    </>
  )
}
