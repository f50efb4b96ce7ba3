import { Link } from "@tanstack/react-router"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useRegister } from "../api/register"
import { useAccountMessages } from "../hooks/use-account-messages"
import { describeAccountError } from "../utils/errors"
import { fieldErrors, PASSWORD_MIN, registerSchema, type FieldErrors } from "../utils/schemas"
import { focusFirstError, TextField } from "./field"
import { FormAlert } from "./form-alert"

type Field = "first_name" | "last_name" | "email" | "phone" | "password"
const ORDER: readonly Field[] = ["first_name", "last_name", "email", "phone", "password"]
const PREFIX = "register"

type RegisterFormProps = {
  redirect?: string
  onRegistered: () => void
}

export function RegisterForm({ redirect, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation()
  const messages = useAccountMessages()
  const register = useRegister()
  const [values, setValues] = useState<Record<Field, string>>({
    first_name: "",
    last_name: "",
    email: "",
    phone: "",
    password: "",
  })
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [showPassword, setShowPassword] = useState(false)

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (register.isPending) return
    const parsed = registerSchema.safeParse(values)
    if (!parsed.success) {
      const found = fieldErrors<Field>(parsed.error)
      setErrors(found)
      focusFirstError(PREFIX, ORDER, found)
      return
    }
    setErrors({})
    register.mutate(parsed.data, { onSuccess: onRegistered })
  }

  const emailTaken = register.isError && describeAccountError(register.error).code === "emailTaken"
  const field = (name: Field) => ({
    id: `${PREFIX}-${name}`,
    value: values[name],
    onChange: set(name),
    error: messages.validation(errors[name]),
  })

  return (
    <form className="account-card account-form" onSubmit={onSubmit} noValidate>
      <h1 className="account-form__title">{t("account.register.heading")}</h1>
      <p className="account-form__lead">{t("account.register.lead")}</p>
      {register.isError && (
        <FormAlert>
          {messages.failure(register.error)}
          {emailTaken && (
            <>
              {" "}
              <Link to="/akun/masuk" search={{ redirect }}>
                {t("account.register.signInLink")}
              </Link>
            </>
          )}
        </FormAlert>
      )}
      <div className="account-form__row">
        <TextField
          {...field("first_name")}
          label={t("account.register.firstName")}
          autoComplete="given-name"
          required
        />
        <TextField
          {...field("last_name")}
          label={t("account.register.lastName")}
          hint={t("account.register.lastNameHint")}
          autoComplete="family-name"
        />
      </div>
      <TextField
        {...field("email")}
        label={t("account.register.email")}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <TextField
        {...field("phone")}
        label={t("account.register.phone")}
        hint={t("account.register.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <TextField
        {...field("password")}
        label={t("account.register.password")}
        hint={t("account.register.passwordHint", { min: PASSWORD_MIN })}
        type={showPassword ? "text" : "password"}
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
      />
      <label className="account-check">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        {t("account.signIn.showPassword")}
      </label>
      <button type="submit" className="button account-form__submit" aria-disabled={register.isPending}>
        {register.isPending ? t("account.register.submitting") : t("account.register.submit")}
      </button>
      <p className="account-form__switch">
        {t("account.register.haveAccount")}{" "}
        <Link to="/akun/masuk" search={{ redirect }}>
          {t("account.register.signInLink")}
        </Link>
      </p>
    </form>
  )
}
