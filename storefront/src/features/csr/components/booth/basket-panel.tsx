// The basket: a line per variant (quantity within stock, line total), the total, how the buyer pays, an optional
// email, and the one button that places the order. Refusals show on the line or field the server names.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../../lib/money"
import type { BoothVariant, PaymentMethod } from "../../api/types"
import { basketCount, basketTotal, maxQuantity, variantLabel, type BasketLine, type BoothItem } from "../../utils/basket"
import { Field } from "../form-field"
import type { BoothErrors } from "../../utils/booth-errors"

type Props = {
  lines: BasketLine[]
  index: Map<string, BoothItem>
  errors: BoothErrors
  method: PaymentMethod
  reference: string
  email: string
  pending: boolean
  onQuantity: (variant: BoothVariant, quantity: number) => void
  onRemove: (variantId: string) => void
  onMethod: (method: PaymentMethod) => void
  onReference: (value: string) => void
  onEmail: (value: string) => void
  onSubmit: () => void
}

export function BasketPanel(props: Props) {
  const { t } = useTranslation()
  const { lines, index, errors, method } = props
  const total = basketTotal(lines, index)

  return (
    <section className="csr-card basket" aria-labelledby="basket-heading">
      <h2 id="basket-heading" className="csr-card__title">
        {t("csr.booth.basket")}
      </h2>
      {lines.length === 0 ? (
        <p className="csr-muted">{t("csr.booth.basketEmpty")}</p>
      ) : (
        <ul className="basket__lines">
          {lines.map((line) => {
            const item = index.get(line.variantId)
            if (!item) return null
            const label = variantLabel(item.product.title, item.variant.title)
            const max = maxQuantity(item.variant)
            const error = errors.lines[line.variantId]
            const inputId = `basket-qty-${line.variantId}`
            return (
              <li key={line.variantId} className={`basket-line${error ? " basket-line--invalid" : ""}`}>
                <div className="basket-line__head">
                  <p className="basket-line__title">{label}</p>
                  <p className="basket-line__total">{formatRupiah((item.variant.price ?? 0) * line.quantity)}</p>
                </div>
                <div className="basket-line__controls">
                  <button
                    type="button"
                    className="csr-icon-button"
                    aria-label={t("csr.booth.decrease", { title: label })}
                    onClick={() => props.onQuantity(item.variant, line.quantity - 1)}
                  >
                    −
                  </button>
                  <label htmlFor={inputId} className="visually-hidden">
                    {t("csr.booth.quantity", { title: label })}
                  </label>
                  <input
                    id={inputId}
                    className="basket-line__qty"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={max}
                    value={line.quantity}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    onChange={(e) => {
                      if (e.target.value !== "") props.onQuantity(item.variant, Number(e.target.value))
                    }}
                  />
                  <button
                    type="button"
                    className="csr-icon-button"
                    aria-label={t("csr.booth.increase", { title: label })}
                    disabled={line.quantity >= max}
                    onClick={() => props.onQuantity(item.variant, line.quantity + 1)}
                  >
                    +
                  </button>
                  <span className="basket-line__unit">
                    × {formatRupiah(item.variant.price ?? 0)}
                    {line.quantity >= max && item.variant.stock !== null && (
                      <span className="basket-line__cap"> · {t("csr.booth.allStock")}</span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="button button--ghost csr-button--compact basket-line__remove"
                    aria-label={t("csr.booth.removeLabel", { title: label })}
                    onClick={() => props.onRemove(line.variantId)}
                  >
                    {t("csr.booth.remove")}
                  </button>
                </div>
                {error && (
                  <p id={`${inputId}-error`} className="csr-field__error">
                    {error}
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <p className="basket__total">
        <span>{t("csr.booth.total", { count: basketCount(lines) })}</span>
        <strong data-testid="basket-total">{formatRupiah(total)}</strong>
      </p>

      <fieldset className="pay-methods" aria-describedby={errors.fields.payment_method ? "pay-method-error" : undefined}>
        <legend className="csr-field__label">{t("csr.booth.method")}</legend>
        <div className="pay-methods__options">
          {(["cash", "qris"] as const).map((m) => (
            <label key={m} className={`pay-method${method === m ? " pay-method--on" : ""}`}>
              <input type="radio" name="payment_method" value={m} checked={method === m} onChange={() => props.onMethod(m)} />
              {t(`csr.booth.methods.${m}`)}
            </label>
          ))}
        </div>
        {errors.fields.payment_method && (
          <p id="pay-method-error" className="csr-field__error">
            {errors.fields.payment_method}
          </p>
        )}
      </fieldset>
      {method === "qris" && (
        <Field
          id="booth-reference"
          label={t("csr.booth.reference")}
          hint={t("csr.booth.referenceHint")}
          error={errors.fields.payment_reference}
        >
          {(control) => (
            <input {...control} value={props.reference} onChange={(e) => props.onReference(e.target.value)} maxLength={64} autoComplete="off" />
          )}
        </Field>
      )}
      <Field id="booth-email" label={t("csr.booth.email")} hint={t("csr.booth.emailHint")} error={errors.fields.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={props.email}
            onChange={(e) => props.onEmail(e.target.value)}
          />
        )}
      </Field>
      <button
        type="button"
        className="button basket__submit"
        disabled={lines.length === 0 || props.pending}
        onClick={props.onSubmit}
      >
        {props.pending ? t("csr.booth.placing") : t("csr.booth.place")}
      </button>
    </section>
  )
}
