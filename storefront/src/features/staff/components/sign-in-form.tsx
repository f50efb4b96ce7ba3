import { useState, type FormEvent, type InputHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"
import { errorStatus } from "../api/staff-fetch"
import type { StaffPortal } from "../staff-portal"
import { StaffFormAlert } from "./form-field"

/** Email and password for one portal, in its texts and class names. */
export function StaffSignInForm({
  portal,
  expired,
  onSignedIn,
}: {
  portal: StaffPortal
  expired: boolean
  onSignedIn: () => void
}) {
  const { t } = useTranslation()
  const signIn = portal.useSignIn()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const { key } = portal
  const emailId = `${portal.idPrefix}sign-in-email`
  const passwordId = `${portal.idPrefix}sign-in-password`

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn })
  }

  const field = (id: string, label: string, input: InputHTMLAttributes<HTMLInputElement>) => (
    <div className={`${key}-field`}>
      <label htmlFor={id} className={`${key}-field__label`}>
        {label}
      </label>
      <input id={id} required {...input} />
    </div>
  )

  const status = signIn.isError ? errorStatus(signIn.error) : undefined
  const failure = !signIn.isError
    ? null
    : status === 400 || status === 401
      ? t(`${key}.signIn.wrong`)
      : t(`${key}.signIn.failed`)

  return (
    <form className={`${key}-card ${key}-sign-in`} onSubmit={onSubmit} noValidate>
      <h1>{t(`${key}.signIn.title`)}</h1>
      <p className={`${key}-lead`}>{t(`${key}.signIn.lead`)}</p>
      {expired && !failure && <StaffFormAlert portal={key} message={t(`${key}.signIn.expired`)} />}
      {failure && <StaffFormAlert portal={key} message={failure} />}
      {field(emailId, t(`${key}.signIn.email`), {
        type: "email",
        autoComplete: "username",
        inputMode: "email",
        value: email,
        onChange: (e) => setEmail(e.target.value),
      })}
      {field(passwordId, t(`${key}.signIn.password`), {
        type: "password",
        autoComplete: "current-password",
        value: password,
        onChange: (e) => setPassword(e.target.value),
      })}
      <button type="submit" className="button" disabled={signIn.isPending || !email || !password}>
        {signIn.isPending ? t(`${key}.signIn.submitting`) : t(`${key}.signIn.submit`)}
      </button>
    </form>
  )
}
