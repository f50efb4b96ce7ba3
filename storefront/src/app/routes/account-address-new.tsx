// /akun/alamat/baru: add a delivery address.
import { createLazyRoute, Link, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCreateAddress } from "../../features/account/api/create-address"
import { AddressForm, EMPTY_ADDRESS } from "../../features/account/components/address-form"
import { defaultAddress } from "../../features/account/components/address-list"
import { useSignedInCustomer } from "../../features/account/hooks/use-signed-in-customer"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn/alamat/baru")({
  component: NewAddressRoute,
})

function NewAddressRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.addressForm.newTitle"))
  const customer = useSignedInCustomer()
  const create = useCreateAddress()
  const navigate = useNavigate()
  if (!customer) return null
  const hasDefault = defaultAddress(customer) !== undefined
  return (
    <>
      <Link to="/akun/alamat" className="back-link">
        <span aria-hidden="true">←</span> {t("account.addressForm.back")}
      </Link>
      <h1 className="account-page__title">{t("account.addressForm.newTitle")}</h1>
      <AddressForm
        initial={{
          ...EMPTY_ADDRESS,
          // her own name and phone are the likeliest recipient
          first_name: customer.first_name ?? "",
          last_name: customer.last_name ?? "",
          phone: customer.phone ?? "",
        }}
        // her first address becomes the default without asking; later ones when she ticks the box
        offerDefault={hasDefault ? { checked: false } : undefined}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values, makeDefault) =>
          create.mutate(
            { values, makeDefault: makeDefault || !hasDefault },
            { onSuccess: () => void navigate({ to: "/akun/alamat", search: { notice: "saved" } }) }
          )
        }
      />
    </>
  )
}
