import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { errorStatus } from "../api/csr-fetch"
import { useCsrSignIn } from "../api/sign-in"
import { FormAlert } from "./form-field"

export function CsrSignInForm({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => void }) {
  const { t } = useTranslation()
  const signIn = useCsrSignIn()
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
      ? t("csr.signIn.wrong")
      : t("csr.signIn.failed")

  return (
    <form className="csr-card csr-sign-in" onSubmit={onSubmit} noValidate>
      <h1>{t("csr.signIn.title")}</h1>
      <p className="csr-lead">{t("csr.signIn.lead")}</p>
      {expired && !failure && <FormAlert message={t("csr.signIn.expired")} />}
      {failure && <FormAlert message={failure} />}
      <div className="csr-field">
        <label htmlFor="csr-sign-in-email" className="csr-field__label">
          {t("csr.signIn.email")}
        </label>
        <input
          id="csr-sign-in-email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="csr-field">
        <label htmlFor="csr-sign-in-password" className="csr-field__label">
          {t("csr.signIn.password")}
        </label>
        <input
          id="csr-sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={signIn.isPending || !email || !password}>
        {signIn.isPending ? t("csr.signIn.submitting") : t("csr.signIn.submit")}
      </button>
    </form>
  )
}
