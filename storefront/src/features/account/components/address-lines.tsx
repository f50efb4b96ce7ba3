// An address as a courier reads it: recipient, street, area, city and province with postal code, phone.
import { useTranslation } from "react-i18next"
import { fullName } from "../utils/format"

type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
}

export function addressSummary(address: AddressLike): string {
  return [fullName(address), address.address_1, address.city].filter(Boolean).join(", ")
}

export function AddressLines({ address }: { address: AddressLike }) {
  const { t } = useTranslation()
  const area = [address.city, [address.province, address.postal_code].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
  return (
    <address className="address-lines">
      <strong>{fullName(address)}</strong>
      {address.address_1 && <span>{address.address_1}</span>}
      {address.address_2 && <span>{address.address_2}</span>}
      {area && <span>{area}</span>}
      {address.phone && <span>{t("account.addresses.phone", { phone: address.phone })}</span>}
    </address>
  )
}
