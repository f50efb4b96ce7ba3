// Add or edit an Indonesian delivery address: recipient, street, area, city, province (from the 38), postal code.
import { Link } from "@tanstack/react-router"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useAccountMessages } from "../hooks/use-account-messages"
import { PROVINCES } from "../../checkout/utils/provinces"
import { addressSchema, fieldErrors, type AddressValues, type FieldErrors } from "../utils/schemas"
import { focusFirstError, SelectField, TextField } from "./field"
import { FormAlert } from "./form-alert"

type Field = keyof AddressValues
const ORDER: readonly Field[] = [
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
]
const PREFIX = "address"

export type AddressDraft = Record<Field, string>

export const EMPTY_ADDRESS: AddressDraft = {
  first_name: "",
  last_name: "",
  phone: "",
  address_1: "",
  address_2: "",
  city: "",
  province: "",
  postal_code: "",
}

/** A stored address as the form's text fields (missing values empty). */
export function addressDraft(address: Partial<Record<Field, string | null>>): AddressDraft {
  const draft = { ...EMPTY_ADDRESS }
  for (const field of ORDER) draft[field] = address[field] ?? ""
  return draft
}

type AddressFormProps = {
  initial: AddressDraft
  /** offered when adding; an existing address is made default from the list */
  offerDefault?: { checked: boolean }
  pending: boolean
  error: unknown
  onSubmit: (values: AddressValues, makeDefault: boolean) => void
}

export function AddressForm({ initial, offerDefault, pending, error, onSubmit }: AddressFormProps) {
  const { t } = useTranslation()
  const messages = useAccountMessages()
  const [values, setValues] = useState<AddressDraft>(initial)
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [makeDefault, setMakeDefault] = useState(offerDefault?.checked ?? false)

  const field = (name: Field) => ({
    id: `${PREFIX}-${name}`,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
    error: messages.validation(errors[name]),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    const parsed = addressSchema.safeParse(values)
    if (!parsed.success) {
      const found = fieldErrors<Field>(parsed.error)
      setErrors(found)
      focusFirstError(PREFIX, ORDER, found)
      return
    }
    setErrors({})
    onSubmit(parsed.data, makeDefault)
  }

  return (
    <form className="account-card account-form" onSubmit={submit} noValidate>
      {Boolean(error) && <FormAlert>{messages.failure(error)}</FormAlert>}
      <fieldset className="account-fieldset">
        <legend>{t("account.addressForm.recipient")}</legend>
        <div className="account-form__row">
          <TextField {...field("first_name")} label={t("account.addressForm.firstName")} autoComplete="given-name" required />
          <TextField {...field("last_name")} label={t("account.addressForm.lastName")} autoComplete="family-name" />
        </div>
        <TextField
          {...field("phone")}
          label={t("account.addressForm.phone")}
          hint={t("account.addressForm.phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
        />
      </fieldset>
      <fieldset className="account-fieldset">
        <legend>{t("account.addressForm.place")}</legend>
        <TextField
          {...field("address_1")}
          label={t("account.addressForm.address1")}
          hint={t("account.addressForm.address1Hint")}
          autoComplete="address-line1"
          required
        />
        <TextField {...field("address_2")} label={t("account.addressForm.address2")} autoComplete="address-line2" />
        <TextField {...field("city")} label={t("account.addressForm.city")} autoComplete="address-level2" required />
        <div className="account-form__row">
          <SelectField {...field("province")} label={t("account.addressForm.province")} autoComplete="address-level1" required>
            <option value="">{t("account.addressForm.provincePlaceholder")}</option>
            {PROVINCES.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </SelectField>
          <TextField
            {...field("postal_code")}
            label={t("account.addressForm.postalCode")}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            required
          />
        </div>
      </fieldset>
      {offerDefault && (
        <label className="account-check">
          <input type="checkbox" checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />
          {t("account.addressForm.makeDefault")}
        </label>
      )}
      <div className="account-form__actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {pending ? t("account.addressForm.saving") : t("account.addressForm.save")}
        </button>
        <Link to="/akun/alamat" className="button button--ghost">
          {t("account.addressForm.cancel")}
        </Link>
      </div>
    </form>
  )
}
