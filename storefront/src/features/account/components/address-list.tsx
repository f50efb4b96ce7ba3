// The customer's saved addresses: the default first, each with edit, make default and delete (confirmed in place).
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useDeleteAddress } from "../api/delete-address"
import { useUpdateAddress } from "../api/update-address"
import { useAccountMessages } from "../hooks/use-account-messages"
import { AddressLines, addressSummary } from "./address-lines"
import { FormAlert } from "./form-alert"

type Address = HttpTypes.StoreCustomerAddress

/** Medusa 2 marks the default on the address itself (the customer's default_*_address_id stay empty). */
export function isDefaultAddress(address: Address): boolean {
  return address.is_default_shipping
}

export function defaultAddress(customer: HttpTypes.StoreCustomer): Address | undefined {
  return (customer.addresses ?? []).find(isDefaultAddress)
}

/** The default address first, then the newest. */
export function sortAddresses(customer: HttpTypes.StoreCustomer): Address[] {
  return [...(customer.addresses ?? [])].sort((a, b) => {
    const byDefault = Number(isDefaultAddress(b)) - Number(isDefaultAddress(a))
    return byDefault || String(b.created_at).localeCompare(String(a.created_at))
  })
}

type Notice = "deleted" | "defaultSet" | "saved"

function AddressCard({
  address,
  isDefault,
  onNotice,
}: {
  address: Address
  isDefault: boolean
  onNotice: (notice: Notice | { error: unknown }) => void
}) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const deleteRef = useRef<HTMLButtonElement>(null)
  const update = useUpdateAddress()
  const remove = useDeleteAddress()
  const summary = addressSummary(address)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  const cancel = () => {
    setConfirming(false)
    // back to the button that asked, after it renders again
    requestAnimationFrame(() => deleteRef.current?.focus())
  }

  return (
    <li className={isDefault ? "address-card address-card--default" : "address-card"}>
      {isDefault && <p className="address-card__badge">{t("account.addresses.default")}</p>}
      <AddressLines address={address} />
      {confirming ? (
        <div className="address-card__confirm" role="group" aria-label={t("account.addresses.confirmDelete")}>
          <p>{t("account.addresses.confirmDelete")}</p>
          <button
            ref={confirmRef}
            type="button"
            className="button account-button--danger"
            aria-disabled={remove.isPending}
            onClick={() => {
              if (remove.isPending) return
              remove.mutate(address.id, {
                onSuccess: () => onNotice("deleted"),
                onError: (error) => {
                  setConfirming(false)
                  onNotice({ error })
                },
              })
            }}
          >
            {t("account.addresses.confirmDeleteYes")}
          </button>
          <button type="button" className="button button--ghost" onClick={cancel}>
            {t("account.addresses.cancel")}
          </button>
        </div>
      ) : (
        <div className="address-card__actions">
          <Link
            to="/akun/alamat/$addressId"
            params={{ addressId: address.id }}
            className="button button--ghost account-button--small"
            aria-label={t("account.addresses.editLabel", { summary })}
          >
            {t("account.addresses.edit")}
          </Link>
          {!isDefault && (
            <button
              type="button"
              className="button button--ghost account-button--small"
              aria-label={t("account.addresses.makeDefaultLabel", { summary })}
              aria-disabled={update.isPending}
              onClick={() => {
                if (update.isPending) return
                update.mutate(
                  { id: address.id, makeDefault: true },
                  { onSuccess: () => onNotice("defaultSet"), onError: (error) => onNotice({ error }) }
                )
              }}
            >
              {t("account.addresses.makeDefault")}
            </button>
          )}
          <button
            ref={deleteRef}
            type="button"
            className="button button--ghost account-button--small address-card__delete"
            aria-label={t("account.addresses.deleteLabel", { summary })}
            onClick={() => setConfirming(true)}
          >
            {t("account.addresses.delete")}
          </button>
        </div>
      )}
    </li>
  )
}

export function AddressList({
  customer,
  initialNotice,
}: {
  customer: HttpTypes.StoreCustomer
  initialNotice?: Notice
}) {
  const { t } = useTranslation()
  const messages = useAccountMessages()
  const [notice, setNotice] = useState<Notice | { error: unknown } | undefined>(initialNotice)
  const addresses = sortAddresses(customer)
  const headingRef = useRef<HTMLHeadingElement>(null)

  const onNotice = (next: Notice | { error: unknown }) => {
    setNotice(next)
    // a deleted card took the focus with it: start again from the list's heading
    if (next === "deleted") headingRef.current?.focus()
  }

  return (
    <section className="account-section" aria-labelledby="addresses-heading">
      <div className="account-section__head">
        <h2 id="addresses-heading" ref={headingRef} tabIndex={-1}>
          {t("account.addresses.heading")}
        </h2>
        <Link to="/akun/alamat/baru" className="button">
          {t("account.addresses.add")}
        </Link>
      </div>
      <div aria-live="polite" className="account-notice">
        {notice && typeof notice === "string" && (
          <p className="account-alert account-alert--success">{t(`account.addresses.${notice}`)}</p>
        )}
      </div>
      {notice && typeof notice === "object" && <FormAlert>{messages.failure(notice.error)}</FormAlert>}
      {addresses.length === 0 ? (
        <p className="account-empty">{t("account.addresses.empty")}</p>
      ) : (
        <ul className="address-list">
          {addresses.map((address) => (
            <AddressCard
              key={address.id}
              address={address}
              isDefault={isDefaultAddress(address)}
              onNotice={onNotice}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
