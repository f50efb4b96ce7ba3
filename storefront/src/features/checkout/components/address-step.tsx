// Step 1: the buyer's email and her Indonesian delivery address, checked here first and then by the store.
import type { HttpTypes } from "@medusajs/types"
import { useId, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateCartAddress } from "../api/update-cart-address"
import {
  ADDRESS_FIELDS,
  validateContactAddress,
  type AddressField,
  type ContactAddressInput,
  type FieldErrors,
} from "../utils/address-schema"
import { initialAddress, type CustomerPrefill } from "../utils/initial-address"
import { serverFormError } from "../utils/server-errors"
import { PROVINCES } from "../utils/provinces"
import { FormField } from "./form-field"

type AddressStepProps = {
  cart: HttpTypes.StoreCart
  /** the signed-in customer, whose address fills the form when the cart has none */
  customer: CustomerPrefill | null
  onDone: () => void
}

type TextField = Exclude<AddressField, "province">

export function AddressStep({ cart, customer, onDone }: AddressStepProps) {
  const { t } = useTranslation()
  const uid = useId()
  // Read when the step opens: the cart's address once she has given it, else her account's.
  const [{ values: initial, fromAccount }] = useState(() => initialAddress(cart, customer))
  const [values, setValues] = useState<ContactAddressInput>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const update = useUpdateCartAddress()

  const fieldId = (field: AddressField) => `${uid}-${field}`
  const focusFirstError = (found: FieldErrors) => {
    const first = ADDRESS_FIELDS.find((field) => found[field])
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus()
  }

  const set = (field: AddressField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }))
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const result = validateContactAddress(values)
    if (!result.ok) {
      setErrors(result.errors)
      focusFirstError(result.errors)
      return
    }
    setErrors({})
    update.mutate(
      { cartId: cart.id, address: result.value },
      {
        onSuccess: onDone,
        onError: (error) => {
          const mapped = serverFormError(error)
          setErrors(mapped.fields)
          setFormError(mapped.form)
          focusFirstError(mapped.fields)
        },
      }
    )
  }

  const errorCount = Object.values(errors).filter(Boolean).length
  const message = (field: AddressField) => {
    const key = errors[field]
    return key ? t(key as "checkout.errors.required") : undefined
  }

  const text = (
    field: TextField,
    label: string,
    options: { hint?: string; autoComplete: string; type?: string; inputMode?: "numeric" | "tel" | "email"; maxLength?: number }
  ) => (
    <FormField id={fieldId(field)} label={label} hint={options.hint} error={message(field)}>
      {(aria) => (
        <input
          {...aria}
          className="form-field__input"
          name={field}
          type={options.type ?? "text"}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete}
          maxLength={options.maxLength}
          value={values[field] ?? ""}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FormField>
  )

  return (
    <form ref={formRef} className="checkout-form" onSubmit={onSubmit} noValidate>
      {errorCount > 0 ? (
        <p className="form-alert" role="alert">
          {t("checkout.errors.summary", { count: errorCount })}
        </p>
      ) : null}
      <fieldset className="checkout-form__group">
        <legend className="checkout-form__legend">{t("checkout.contact.heading")}</legend>
        {fromAccount ? <p className="checkout-form__note">{t("checkout.contact.prefilled")}</p> : null}
        {text("email", t("checkout.contact.email"), {
          hint: t("checkout.contact.emailHint"),
          autoComplete: "email",
          type: "email",
          inputMode: "email",
          maxLength: 254,
        })}
      </fieldset>
      <fieldset className="checkout-form__group">
        <legend className="checkout-form__legend">{t("checkout.address.heading")}</legend>
        <div className="checkout-form__row">
          {text("first_name", t("checkout.address.firstName"), { autoComplete: "given-name", maxLength: 80 })}
          {text("last_name", t("checkout.address.lastName"), {
            hint: t("checkout.address.lastNameHint"),
            autoComplete: "family-name",
            maxLength: 80,
          })}
        </div>
        {text("address_1", t("checkout.address.address1"), {
          hint: t("checkout.address.address1Hint"),
          autoComplete: "address-line1",
          maxLength: 200,
        })}
        {text("address_2", t("checkout.address.address2"), { autoComplete: "address-line2", maxLength: 200 })}
        {text("city", t("checkout.address.city"), { autoComplete: "address-level2", maxLength: 100 })}
        <div className="checkout-form__row">
          <FormField id={fieldId("province")} label={t("checkout.address.province")} error={message("province")}>
            {(aria) => (
              <select
                {...aria}
                className="form-field__input form-field__select"
                name="province"
                autoComplete="address-level1"
                value={values.province ?? ""}
                onChange={(event) => set("province", event.target.value)}
              >
                <option value="">{t("checkout.address.provincePlaceholder")}</option>
                {PROVINCES.map((province) => (
                  <option key={province} value={province}>
                    {province}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {text("postal_code", t("checkout.address.postalCode"), {
            hint: t("checkout.address.postalCodeHint"),
            autoComplete: "postal-code",
            inputMode: "numeric",
            maxLength: 5,
          })}
        </div>
        {text("phone", t("checkout.address.phone"), {
          hint: t("checkout.address.phoneHint"),
          autoComplete: "tel",
          type: "tel",
          inputMode: "tel",
          maxLength: 20,
        })}
      </fieldset>
      {formError ? (
        <p className="form-alert" role="alert">
          {t(formError as "checkout.errors.unknown")}
        </p>
      ) : null}
      <button type="submit" className="button checkout-form__submit" disabled={update.isPending}>
        {update.isPending ? t("checkout.saving") : t("checkout.continue")}
      </button>
    </form>
  )
}
