// Order lookup: email and order number in, the order and its payment status out; one message when nothing matches.
import "../i18n"
import { FetchError } from "@medusajs/js-sdk"
import { useId, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useLookupOrder } from "../api/lookup-order"
import type { LookupOrder } from "../api/types"
import { formatJakartaDate } from "../utils/jakarta-time"
import { validateLookup, type LookupFields } from "../utils/lookup-schema"
import { amountsOfLookup, linesOfLookup } from "../utils/order-shape"
import { orderStatusKey } from "../utils/payment-status"
import { OrderAmountsList, OrderLines } from "./order-lines"
import { PaymentPanel } from "./payment-panel"

function LookupResult({ order }: { order: LookupOrder }) {
  const { t, i18n } = useTranslation()
  const placed = formatJakartaDate(order.created_at, i18n.resolvedLanguage === "en" ? "en" : "id")
  const place = [order.shipping_address?.city, order.shipping_address?.province].filter(Boolean).join(", ")
  return (
    <article className="lookup-result" aria-labelledby="lookup-result-heading">
      <h2 id="lookup-result-heading" className="lookup-result__heading" tabIndex={-1}>
        {t("orders.lookup.resultHeading", { number: order.display_id })}
      </h2>
      <dl className="lookup-result__facts">
        {placed ? (
          <div>
            <dt>{t("orders.lookup.placedOn")}</dt>
            <dd>{placed}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("orders.status.heading")}</dt>
          <dd>{t(orderStatusKey(order.status))}</dd>
        </div>
        {place ? (
          <div>
            <dt>{t("orders.lookup.shipTo")}</dt>
            <dd>{place}</dd>
          </div>
        ) : null}
      </dl>
      <PaymentPanel payment={order.payment} loading={false} headingId="lookup-payment-heading" />
      <section className="order-panel" aria-labelledby="lookup-items-heading">
        <h3 id="lookup-items-heading" className="order-panel__heading">
          {t("orders.items.heading")}
        </h3>
        <OrderLines lines={linesOfLookup(order)} />
        <OrderAmountsList amounts={amountsOfLookup(order)} />
      </section>
    </article>
  )
}

export function OrderLookupView() {
  const { t } = useTranslation()
  const uid = useId()
  const [values, setValues] = useState<Record<LookupFields, string>>({ email: "", display_id: "" })
  const [errors, setErrors] = useState<Partial<Record<LookupFields, string>>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [found, setFound] = useState<LookupOrder | null>(null)
  const lookup = useLookupOrder()
  const formRef = useRef<HTMLFormElement>(null)

  const id = (field: LookupFields) => `${uid}-${field}`
  const set = (field: LookupFields, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setMessage(null)
    setFound(null)
    const result = validateLookup(values)
    if (!result.ok) {
      setErrors(result.errors)
      const first = (["email", "display_id"] as const).find((f) => result.errors[f])
      if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus()
      return
    }
    setErrors({})
    lookup.mutate(result.value, {
      onSuccess: (order) => {
        if (!order) return setMessage(t("orders.lookup.notFound"))
        setFound(order)
        window.setTimeout(() => document.getElementById("lookup-result-heading")?.focus(), 0)
      },
      onError: (error) => {
        if (error instanceof FetchError && error.status === 400) {
          // The route names the field it refused.
          if (/display_id/.test(error.message)) return setErrors({ display_id: "orders.lookup.errors.orderNumber" })
          if (/email/i.test(error.message)) return setErrors({ email: "orders.lookup.errors.email" })
        }
        setMessage(
          error instanceof TypeError ? t("orders.lookup.errors.network") : t("orders.lookup.errors.unknown")
        )
      },
    })
  }

  const field = (name: LookupFields, label: string, hint: string | null, input: { type: string; inputMode: "email" | "numeric"; autoComplete: string }) => {
    const error = errors[name]
    const describedBy = [hint ? `${id(name)}-hint` : null, error ? `${id(name)}-error` : null].filter(Boolean).join(" ")
    return (
      <div className={`form-field${error ? " form-field--invalid" : ""}`}>
        <label htmlFor={id(name)} className="form-field__label">
          {label}
        </label>
        <input
          id={id(name)}
          className="form-field__input"
          name={name}
          type={input.type}
          inputMode={input.inputMode}
          autoComplete={input.autoComplete}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => set(name, event.target.value)}
        />
        {hint ? (
          <p id={`${id(name)}-hint`} className="form-field__hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id(name)}-error`} className="form-field__error">
            {t(error as "orders.lookup.errors.required")}
          </p>
        ) : null}
      </div>
    )
  }

  return (
    <div className="lookup">
      <form ref={formRef} className="lookup__form" onSubmit={onSubmit} noValidate>
        {field("email", t("orders.lookup.email"), null, { type: "email", inputMode: "email", autoComplete: "email" })}
        {field("display_id", t("orders.lookup.orderNumber"), t("orders.lookup.orderNumberHint"), {
          type: "text",
          inputMode: "numeric",
          autoComplete: "off",
        })}
        <button type="submit" className="button lookup__submit" disabled={lookup.isPending}>
          {lookup.isPending ? t("orders.lookup.searching") : t("orders.lookup.submit")}
        </button>
      </form>
      <div role="status" aria-live="polite" className="lookup__message">
        {message ? <p className="form-alert">{message}</p> : null}
      </div>
      {found ? <LookupResult order={found} /> : null}
    </div>
  )
}
