// Booth mode on a tablet: pick products from the grid or scan their SKU, adjust the basket (never above stock), take
// cash or QRIS, place the order in the expo's sales channel, show the receipt, start the next sale. One idempotency
// key per basket: a double tap or a retry after a lost answer never sells twice.
import { useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../../staff/api/staff-fetch"
import { useCreateBoothOrder } from "../../api/create-booth-order"
import { useBooth } from "../../api/get-booth"
import type { BoothOrder, BoothVariant, PaymentMethod } from "../../api/types"
import { useSessionGuard } from "../../hooks/use-session-guard"
import {
  addToBasket,
  findBySku,
  indexVariants,
  newIdempotencyKey,
  orderItems,
  reconcileBasket,
  removeLine,
  setLineQuantity,
  variantLabel,
  type BasketLine,
} from "../../utils/basket"
import { boothErrorTarget, type BoothErrors } from "../../utils/booth-errors"
import { FormAlert } from "../form-field"
import { BasketPanel } from "./basket-panel"
import { BoothProductGrid } from "./product-grid"
import { BoothReceipt } from "./receipt"
import { RecentSales } from "./recent-sales"
import { SkuForm } from "./sku-form"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const NO_ERRORS: BoothErrors = { lines: {}, fields: {}, form: null }

export function BoothView({ expoId }: { expoId: string }) {
  const { t } = useTranslation()
  const { data: booth } = useBooth(expoId)
  const create = useCreateBoothOrder(expoId)
  const guard = useSessionGuard()
  const index = useMemo(() => indexVariants(booth.products), [booth.products])

  const [lines, setLines] = useState<BasketLine[]>([])
  const [key, setKey] = useState(() => newIdempotencyKey())
  const [method, setMethod] = useState<PaymentMethod>("cash")
  const [reference, setReference] = useState("")
  const [email, setEmail] = useState("")
  const [receipt, setReceipt] = useState<BoothOrder | null>(null)
  const [errors, setErrors] = useState<BoothErrors>(NO_ERRORS)
  const [feedback, setFeedback] = useState<{ text: string; bad: boolean } | null>(null)
  const skuInput = useRef<HTMLInputElement>(null)

  const linesRef = useRef(lines)
  linesRef.current = lines
  // Stock read again (after a sale here or online): the basket never asks for more than there is.
  useEffect(() => {
    const { lines: next, changed } = reconcileBasket(linesRef.current, index)
    if (!changed) return
    setLines(next)
    setFeedback({ text: t("csr.booth.basketAdjusted"), bad: true })
  }, [index, t])

  const startNewSale = () => {
    setLines([])
    setKey(newIdempotencyKey())
    setMethod("cash")
    setReference("")
    setEmail("")
    setReceipt(null)
    setErrors(NO_ERRORS)
    create.reset()
  }

  const add = (variant: BoothVariant, title: string) => {
    // the next customer's first item, straight after a receipt: a new sale
    if (receipt) startNewSale()
    const result = addToBasket(receipt ? [] : lines, variant, 1)
    setLines(result.lines)
    setErrors((e) => ({ ...e, lines: {}, form: null }))
    if (variant.price === null) setFeedback({ text: t("csr.booth.notForSaleNamed", { title }), bad: true })
    else if (result.refused === "out_of_stock") setFeedback({ text: t("csr.booth.outOfStockNamed", { title }), bad: true })
    else if (result.refused === "stock_limit")
      setFeedback({ text: t("csr.booth.stockLimit", { title, count: variant.stock ?? 0 }), bad: true })
    else setFeedback({ text: t("csr.booth.added", { title }), bad: false })
  }

  const scan = (sku: string) => {
    const found = findBySku(booth.products, sku)
    if (!found) {
      setFeedback({ text: t("csr.booth.skuNotFound", { sku: sku.trim() }), bad: true })
      return
    }
    add(found.variant, variantLabel(found.product.title, found.variant.title))
  }

  const changeQuantity = (variant: BoothVariant, quantity: number) => {
    setLines((current) => setLineQuantity(current, variant, quantity))
    setErrors((e) => ({ ...e, lines: {} }))
  }

  const submit = () => {
    if (!lines.length || create.isPending) return
    const typedEmail = email.trim()
    if (typedEmail && !EMAIL.test(typedEmail)) {
      setErrors({ ...NO_ERRORS, fields: { email: t("csr.booth.emailInvalid") } })
      return
    }
    setErrors(NO_ERRORS)
    create.mutate(
      {
        items: orderItems(lines),
        payment_method: method,
        ...(method === "qris" && reference.trim() ? { payment_reference: reference.trim() } : {}),
        ...(typedEmail ? { email: typedEmail } : {}),
        idempotency_key: key,
      },
      {
        onSuccess: (order) => {
          // sold: the basket is done with (the receipt shows what the server recorded), the next sale gets a new key
          setReceipt(order)
          setLines([])
          setKey(newIdempotencyKey())
          setFeedback(null)
        },
        onError: (error) => {
          if (guard(error)) return
          const message = invalidDataMessage(error)
          if (!message) return setErrors({ ...NO_ERRORS, form: t("csr.booth.failed") })
          const target = boothErrorTarget(message, lines)
          if ("line" in target) setErrors({ ...NO_ERRORS, lines: { [target.line]: message } })
          else if ("field" in target) setErrors({ ...NO_ERRORS, fields: { [target.field]: message } })
          else setErrors({ ...NO_ERRORS, form: message })
        },
      }
    )
  }

  return (
    <div className="booth">
      <div className="booth__pick">
        <SkuForm ref={skuInput} onScan={scan} />
        <p className={`booth__feedback${feedback?.bad ? " booth__feedback--bad" : ""}`} role="status" aria-live="polite">
          {feedback?.text}
        </p>
        <BoothProductGrid products={booth.products} lines={receipt ? [] : lines} onAdd={add} />
      </div>
      <div className="booth__basket">
        {receipt ? (
          <BoothReceipt
            order={receipt}
            onNewSale={() => {
              startNewSale()
              skuInput.current?.focus()
            }}
          />
        ) : (
          <>
            {errors.form && <FormAlert message={errors.form} />}
            <BasketPanel
              lines={lines}
              index={index}
              errors={errors}
              method={method}
              reference={reference}
              email={email}
              pending={create.isPending}
              onQuantity={changeQuantity}
              onRemove={(variantId) => setLines((current) => removeLine(current, variantId))}
              onMethod={setMethod}
              onReference={setReference}
              onEmail={setEmail}
              onSubmit={submit}
            />
          </>
        )}
      </div>
      <div className="booth__sales">
        <RecentSales expoId={expoId} />
      </div>
    </div>
  )
}
