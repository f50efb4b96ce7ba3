// The customer's name, email and phone, with an in-place form to change the name and phone.
import type { HttpTypes } from "@medusajs/types"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateCustomer } from "../api/update-customer"
import { useAccountMessages } from "../hooks/use-account-messages"
import { fullName } from "../utils/format"
import { fieldErrors, profileSchema, type FieldErrors } from "../utils/schemas"
import { focusFirstError, TextField } from "./field"
import { FormAlert } from "./form-alert"

type Field = "first_name" | "last_name" | "phone"
const ORDER: readonly Field[] = ["first_name", "last_name", "phone"]
const PREFIX = "profile"

function ProfileForm({
  customer,
  onDone,
}: {
  customer: HttpTypes.StoreCustomer
  onDone: (saved: boolean) => void
}) {
  const { t } = useTranslation()
  const messages = useAccountMessages()
  const update = useUpdateCustomer()
  const [values, setValues] = useState<Record<Field, string>>({
    first_name: customer.first_name ?? "",
    last_name: customer.last_name ?? "",
    phone: customer.phone ?? "",
  })
  const [errors, setErrors] = useState<FieldErrors<Field>>({})

  useEffect(() => {
    document.getElementById(`${PREFIX}-first_name`)?.focus()
  }, [])

  const field = (name: Field) => ({
    id: `${PREFIX}-${name}`,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
    error: messages.validation(errors[name]),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (update.isPending) return
    const parsed = profileSchema.safeParse(values)
    if (!parsed.success) {
      const found = fieldErrors<Field>(parsed.error)
      setErrors(found)
      focusFirstError(PREFIX, ORDER, found)
      return
    }
    setErrors({})
    update.mutate(parsed.data, { onSuccess: () => onDone(true) })
  }

  return (
    <form className="account-form profile-form" onSubmit={submit} noValidate aria-labelledby="profile-form-heading">
      <h3 id="profile-form-heading">{t("account.profile.heading")}</h3>
      {update.isError && <FormAlert>{messages.failure(update.error)}</FormAlert>}
      <div className="account-form__row">
        <TextField {...field("first_name")} label={t("account.profile.firstName")} autoComplete="given-name" required />
        <TextField {...field("last_name")} label={t("account.profile.lastName")} autoComplete="family-name" />
      </div>
      <TextField
        {...field("phone")}
        label={t("account.profile.phone")}
        hint={t("account.register.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <p className="account-field__hint">{t("account.profile.emailNote", { email: customer.email })}</p>
      <div className="account-form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending}>
          {update.isPending ? t("account.profile.saving") : t("account.profile.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t("account.profile.cancel")}
        </button>
      </div>
    </form>
  )
}

export function ProfileSection({ customer }: { customer: HttpTypes.StoreCustomer }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const editRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false
      editRef.current?.focus()
    }
  }, [editing])

  return (
    <section className="account-section account-card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("account.overview.profile")}</h2>
      <div aria-live="polite" className="account-notice">
        {saved && !editing && <p className="account-alert account-alert--success">{t("account.profile.saved")}</p>}
      </div>
      {editing ? (
        <ProfileForm
          customer={customer}
          onDone={(didSave) => {
            setSaved(didSave)
            returnFocus.current = true
            setEditing(false)
          }}
        />
      ) : (
        <>
          <dl className="profile-facts">
            <div>
              <dt>{t("account.overview.name")}</dt>
              <dd>{fullName(customer)}</dd>
            </div>
            <div>
              <dt>{t("account.overview.email")}</dt>
              <dd className="profile-facts__email">{customer.email}</dd>
            </div>
            <div>
              <dt>{t("account.overview.phone")}</dt>
              <dd>{customer.phone || t("account.overview.notGiven")}</dd>
            </div>
          </dl>
          <button
            ref={editRef}
            type="button"
            className="button button--ghost"
            onClick={() => {
              setSaved(false)
              setEditing(true)
            }}
          >
            {t("account.overview.editProfile")}
          </button>
        </>
      )}
    </section>
  )
}
