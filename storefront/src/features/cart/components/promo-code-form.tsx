// Apply a promo code, or take an applied one off; an unknown code gets one clear sentence.
import type { HttpTypes } from "@medusajs/types"
import { useId, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useAddPromoCode } from "../api/add-promo-code"
import { useRemovePromoCode } from "../api/remove-promo-code"
import { cartProblem } from "../utils/cart-errors"
import { appliedPromoCodes, MAX_PROMO_CODE_LENGTH, normalisePromoCode } from "../utils/promo-code"

export function PromoCodeForm({ cart }: { cart: HttpTypes.StoreCart }) {
  const { t } = useTranslation()
  const uid = useId()
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const addCode = useAddPromoCode()
  const removeCode = useRemovePromoCode()
  const applied = appliedPromoCodes(cart)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const typed = normalisePromoCode(code)
    setNotice(null)
    if (!typed) {
      setError(t("cart.promo.empty"))
      return
    }
    setError(null)
    addCode.mutate(
      { cartId: cart.id, code: typed },
      {
        onSuccess: (updated) => {
          const used = appliedPromoCodes(updated).find((c) => c.toUpperCase() === typed.toUpperCase()) ?? typed
          setCode("")
          setNotice(t("cart.promo.applied", { code: used }))
        },
        onError: (failure) => {
          const problem = cartProblem(failure, typed)
          setError(
            problem.kind === "promo_invalid"
              ? t("cart.promo.invalid", { code: typed })
              : problem.kind === "promo_not_applicable"
                ? t("cart.promo.notApplicable", { code: typed })
                : problem.kind === "network"
                  ? t("cart.errorNetwork")
                  : t("cart.errorUnknown")
          )
        },
      }
    )
  }

  const remove = (applied: string) => {
    setError(null)
    removeCode.mutate(
      { cartId: cart.id, code: applied },
      {
        onSuccess: () => setNotice(t("cart.promo.removed", { code: applied })),
        onError: (failure) =>
          setError(cartProblem(failure).kind === "network" ? t("cart.errorNetwork") : t("cart.errorUnknown")),
      }
    )
  }

  const inputId = `${uid}-code`
  const errorId = `${uid}-error`
  return (
    <section className="promo" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="promo__heading">
        {t("cart.promo.heading")}
      </h2>
      <form className="promo__form" onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId} className="visually-hidden">
          {t("cart.promo.label")}
        </label>
        <input
          id={inputId}
          className="promo__input"
          name="promo_code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={MAX_PROMO_CODE_LENGTH}
          placeholder={t("cart.promo.label")}
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="button button--ghost promo__apply" disabled={addCode.isPending}>
          {addCode.isPending ? t("cart.promo.applying") : t("cart.promo.apply")}
        </button>
      </form>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="promo__notice" role="status">
        {notice}
      </p>
      {applied.length > 0 ? (
        <ul className="promo__applied" aria-label={t("cart.promo.appliedList")}>
          {applied.map((c) => (
            <li key={c} className="promo__chip">
              <span>{c}</span>
              <button
                type="button"
                className="promo__remove"
                aria-label={t("cart.promo.remove", { code: c })}
                disabled={removeCode.isPending}
                onClick={() => remove(c)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
