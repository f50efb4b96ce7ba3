// Step 2: how the order travels, each option with its price.
import type { HttpTypes } from "@medusajs/types"
import { useId, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Loading } from "../../../components/ui/loading"
import { formatRupiah } from "../../../lib/money"
import { useAddShippingMethod } from "../api/add-shipping-method"
import { useShippingOptions } from "../api/list-shipping-options"
import { chosenShippingOptionId, knownShippingCode, shippingPrice } from "../utils/shipping"

export function ShippingPriceText({ amount }: { amount: number | null }) {
  const { t } = useTranslation()
  if (amount === null) return null
  return <>{amount === 0 ? t("checkout.shipping.free") : formatRupiah(amount)}</>
}

/** The option's name and description in the buyer's language when the storefront knows the option. */
export function useShippingTexts() {
  const { t } = useTranslation()
  return (option: { name: string; type?: { code?: string; description?: string } | null }) => {
    const code = knownShippingCode(option.type?.code)
    return code
      ? { name: t(`checkout.shipping.options.${code}.name`), description: t(`checkout.shipping.options.${code}.description`) }
      : { name: option.name, description: option.type?.description ?? "" }
  }
}

export function ShippingStep({ cart, onDone }: { cart: HttpTypes.StoreCart; onDone: () => void }) {
  const { t } = useTranslation()
  const uid = useId()
  const options = useShippingOptions(cart.id)
  const add = useAddShippingMethod()
  const [chosen, setChosen] = useState<string | null>(chosenShippingOptionId(cart))
  const [error, setError] = useState<string | null>(null)
  const texts = useShippingTexts()

  if (options.isPending) return <Loading label={t("checkout.shipping.loading")} />
  if (options.isError) {
    return (
      <div className="form-alert" role="alert">
        <p>{t("checkout.shipping.loadError")}</p>
        <button type="button" className="button button--ghost" onClick={() => void options.refetch()}>
          {t("status.retry")}
        </button>
      </div>
    )
  }
  const list = options.data
  if (list.length === 0) return <p className="form-alert">{t("checkout.shipping.none")}</p>

  const selected = list.some((o) => o.id === chosen) ? chosen : null
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!selected) {
      setError(t("checkout.shipping.choose"))
      return
    }
    setError(null)
    if (selected === chosenShippingOptionId(cart)) return onDone()
    add.mutate(
      { cartId: cart.id, optionId: selected },
      { onSuccess: onDone, onError: () => setError(t("checkout.shipping.saveError")) }
    )
  }

  return (
    <form className="checkout-form" onSubmit={onSubmit} noValidate>
      <fieldset className="choice-list" aria-describedby={error ? `${uid}-error` : undefined}>
        <legend className="visually-hidden">{t("checkout.shipping.heading")}</legend>
        {list.map((option) => {
          const { name, description } = texts(option)
          return (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={`${uid}-shipping`}
              value={option.id}
              checked={selected === option.id}
              onChange={() => {
                setChosen(option.id)
                setError(null)
              }}
            />
            <span className="choice__title">{name}</span>
            <span className="choice__price">
              <ShippingPriceText amount={shippingPrice(option)} />
            </span>
            {description ? <span className="choice__body">{description}</span> : null}
          </label>
          )
        })}
      </fieldset>
      {error ? (
        <p id={`${uid}-error`} className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button checkout-form__submit" disabled={add.isPending}>
        {add.isPending ? t("checkout.saving") : t("checkout.continue")}
      </button>
    </form>
  )
}
