import { Link } from "@tanstack/react-router"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useSignIn } from "../api/sign-in"
import { useAccountMessages } from "../hooks/use-account-messages"
import { fieldErrors, signInSchema, type FieldErrors } from "../utils/schemas"
import { focusFirstError, TextField } from "./field"
import { FormAlert } from "./form-alert"

type Field = "email" | "password"
const ORDER: readonly Field[] = ["email", "password"]
const PREFIX = "sign-in"

type SignInFormProps = {
  /** where to go back after signing in, passed on to the registration link */
  redirect?: string
  expired?: boolean
  onSignedIn: () => void
}

export function SignInForm({ redirect, expired, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation()
  const messages = useAccountMessages()
  const signIn = useSignIn()
  const [values, setValues] = useState<Record<Field, string>>({ email: "", password: "" })
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [showPassword, setShowPassword] = useState(false)

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (signIn.isPending) return
    const parsed = signInSchema.safeParse(values)
    if (!parsed.success) {
      const found = fieldErrors<Field>(parsed.error)
      setErrors(found)
      focusFirstError(PREFIX, ORDER, found)
      return
    }
    setErrors({})
    signIn.mutate(parsed.data, { onSuccess: onSignedIn })
  }

  return (
    <form className="account-card account-form" onSubmit={onSubmit} noValidate>
      <h1 className="account-form__title">{t("account.signIn.heading")}</h1>
      <p className="account-form__lead">{t("account.signIn.lead")}</p>
      {signIn.isError ? (
        <FormAlert>{messages.failure(signIn.error)}</FormAlert>
      ) : (
        expired && <FormAlert>{t("account.signIn.expired")}</FormAlert>
      )}
      <TextField
        id={`${PREFIX}-email`}
        label={t("account.signIn.email")}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.email}
        onChange={set("email")}
        error={messages.validation(errors.email)}
      />
      <TextField
        id={`${PREFIX}-password`}
        label={t("account.signIn.password")}
        type={showPassword ? "text" : "password"}
        autoComplete="current-password"
        required
        value={values.password}
        onChange={set("password")}
        error={messages.validation(errors.password)}
      />
      <label className="account-check">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        {t("account.signIn.showPassword")}
      </label>
      <button type="submit" className="button account-form__submit" aria-disabled={signIn.isPending}>
        {signIn.isPending ? t("account.signIn.submitting") : t("account.signIn.submit")}
      </button>
      <p className="account-form__switch">
        {t("account.signIn.noAccount")}{" "}
        <Link to="/akun/daftar" search={{ redirect }}>
          {t("account.signIn.registerLink")}
        </Link>
      </p>
    </form>
  )
}
