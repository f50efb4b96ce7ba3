import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { errorStatus } from "../api/portal-fetch"
import { useSignIn } from "../api/sign-in"
import { FormAlert } from "./form-field"

export function SignInForm({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => void }) {
  const { t } = useTranslation()
  const signIn = useSignIn()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn })
  }

  const status = signIn.isError ? errorStatus(signIn.error) : undefined
  const failure = !signIn.isError
    ? null
    : status === 400 || status === 401
      ? t("portal.signIn.wrong")
      : t("portal.signIn.failed")

  return (
    <form className="portal-card sign-in" onSubmit={onSubmit} noValidate>
      <h1>{t("portal.signIn.title")}</h1>
      <p className="portal-lead">{t("portal.signIn.lead")}</p>
      {expired && !failure && <FormAlert message={t("portal.signIn.expired")} />}
      {failure && <FormAlert message={failure} />}
      <div className="portal-field">
        <label htmlFor="sign-in-email" className="portal-field__label">
          {t("portal.signIn.email")}
        </label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="portal-field">
        <label htmlFor="sign-in-password" className="portal-field__label">
          {t("portal.signIn.password")}
        </label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={signIn.isPending || !email || !password}>
        {signIn.isPending ? t("portal.signIn.submitting") : t("portal.signIn.submit")}
      </button>
    </form>
  )
}
