// The checkout on one page, in four steps that open one after another: contact and address, delivery, payment,
// review and place the order. Where the buyer is comes from what the cart already holds, so a reload keeps her place.
import "../i18n"
import type { HttpTypes } from "@medusajs/types"
import { useQueryClient } from "@tanstack/react-query"
import { Link, useNavigate } from "@tanstack/react-router"
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { Loading } from "../../../components/ui/loading"
import { getConfig } from "../../../lib/config"
import { useCart } from "../../cart/api/get-cart"
import { getStockQueryOptions } from "../../cart/api/get-stock"
import { findShortages } from "../../cart/utils/cart-errors"
import { completeCart, forgetCompletedCart } from "../api/complete-cart"
import { currentSession, useInitiatePaymentSession } from "../api/initiate-payment-session"
import { usePaymentProviders } from "../api/list-payment-providers"
import { useShippingOptions } from "../api/list-shipping-options"
import { useMediaQuery } from "../hooks/use-media-query"
import { hoursToPay, parseBankTransferData } from "../utils/bank-transfer"
import { firstOpenStep, stepIndex, type CheckoutStep } from "../utils/checkout-step"
import type { CustomerPrefill } from "../utils/initial-address"
import { paymentMethods, type PaymentMethod } from "../utils/payment-methods"
import { placeFailure } from "../utils/place-errors"
import { chosenShippingOptionId, shippingPrice } from "../utils/shipping"
import { AddressStep } from "./address-step"
import { OrderSummary } from "./order-summary"
import { PaymentStep } from "./payment-step"
import { AddressLines, ReviewStep, type PlaceProblem } from "./review-step"
import { ShippingPriceText, ShippingStep, useShippingTexts } from "./shipping-step"
import { StepSection, type StepState } from "./step-section"
import type { StripeApi } from "./stripe-scope"

// Stripe's code (and Stripe.js) loads only when the buyer chooses to pay by card.
const StripeScope = lazy(() => import("./stripe-scope"))

type CheckoutViewProps = {
  /** the signed-in customer, to fill in the address; null when signed out */
  customer: CustomerPrefill | null
  /** Stripe's redirect_status when it sends the buyer back here */
  redirectStatus?: string
}

export function CheckoutView({ customer, redirectStatus }: CheckoutViewProps) {
  const { t } = useTranslation()
  const { cart, isLoading, isError, refetch } = useCart()

  if (isLoading) return <Loading label={t("checkout.loading")} />
  if (isError && !cart) return <ErrorState body={t("checkout.loadError")} onRetry={() => void refetch()} />
  if (!cart || (cart.items?.length ?? 0) === 0) {
    return (
      <div className="checkout-empty">
        <h2>{t("checkout.emptyTitle")}</h2>
        <p>{t("checkout.emptyBody")}</p>
        <Link to="/" className="button">
          {t("checkout.browse")}
        </Link>
      </div>
    )
  }
  return <CheckoutFlow cart={cart} customer={customer} redirectStatus={redirectStatus} />
}

function stepState(step: CheckoutStep, current: CheckoutStep): StepState {
  const diff = stepIndex(step) - stepIndex(current)
  return diff < 0 ? "done" : diff === 0 ? "open" : "ahead"
}

function clientSecretOf(session: HttpTypes.StorePaymentSession | undefined): string | null {
  const secret = (session?.data as Record<string, unknown> | undefined)?.client_secret
  return typeof secret === "string" && secret ? secret : null
}

function CheckoutFlow({ cart, customer, redirectStatus }: { cart: HttpTypes.StoreCart } & CheckoutViewProps) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const wide = useMediaQuery("(min-width: 60rem)")
  const stripeKey = getConfig().stripePublishableKey

  const [step, setStep] = useState<CheckoutStep>(() => firstOpenStep(cart))
  const [moved, setMoved] = useState(false)
  const goTo = useCallback((next: CheckoutStep) => {
    setMoved(true)
    setStep(next)
  }, [])

  // Delivery
  const shippingOptions = useShippingOptions(cart.id, step !== "address")
  const shippingTexts = useShippingTexts()
  const chosenOption = shippingOptions.data?.find((o) => o.id === chosenShippingOptionId(cart))
  const shippingName = chosenOption ? shippingTexts(chosenOption).name : (cart.shipping_methods?.[0]?.name ?? null)

  // Payment
  const providers = usePaymentProviders(cart.region_id)
  const methods = useMemo(() => paymentMethods(providers.data ?? [], stripeKey), [providers.data, stripeKey])
  const [methodKind, setMethodKind] = useState<PaymentMethod["kind"] | null>(null)
  const method = methods.find((m) => m.kind === methodKind) ?? methods[0]
  const session = method ? currentSession(cart, method.providerId) : undefined
  const initiate = useInitiatePaymentSession()
  const [paymentError, setPaymentError] = useState<string | null>(null)
  const transferData = method?.kind === "bank_transfer" ? parseBankTransferData(session?.data) : null
  const transferHours = transferData ? hoursToPay(transferData.expires_at) : null
  const clientSecret = method?.kind === "card" ? clientSecretOf(session) : null

  // A session is made as soon as the payment step opens: it tells how long a transfer may take, or gives Stripe
  // its client secret. Tried once per provider and amount; "Continue" tries again.
  const attempted = useRef<string | null>(null)
  const needsSession = (step === "payment" || step === "review") && method !== undefined && !session
  useEffect(() => {
    if (!needsSession || !method || initiate.isPending) return
    const key = `${method.providerId}:${cart.total}`
    if (attempted.current === key) return
    attempted.current = key
    initiate.mutate(
      { cart, providerId: method.providerId },
      { onError: () => setPaymentError(t("checkout.payment.saveError")) }
    )
  }, [needsSession, method, cart, initiate, t])

  // Placing the order
  const [placing, setPlacing] = useState(false)
  const [problem, setProblem] = useState<PlaceProblem | null>(null)

  const describeFailure = useCallback(
    async (error: unknown): Promise<PlaceProblem> => {
      const failure = placeFailure(error)
      if (failure === "out_of_stock") {
        const items = cart.items ?? []
        const productIds = items.map((i) => i.product_id).filter((id): id is string => Boolean(id))
        try {
          const stock = await queryClient.fetchQuery({ ...getStockQueryOptions(productIds), staleTime: 0 })
          return { kind: "shortages", shortages: findShortages(items, stock) }
        } catch {
          return { kind: "shortages", shortages: [] }
        }
      }
      if (failure === "payment") return { kind: "message", text: t("checkout.review.paymentNotAuthorized") }
      if (failure === "network") return { kind: "message", text: t("checkout.errors.network") }
      return { kind: "message", text: t("checkout.review.notPlaced") }
    },
    [cart.items, queryClient, t]
  )

  const finish = useCallback(
    async (cartId: string) => {
      const order = await completeCart(cartId)
      await navigate({ to: "/pesanan/$id", params: { id: order.id } })
      forgetCompletedCart(queryClient, cartId)
    },
    [navigate, queryClient]
  )

  const place = async (stripe?: StripeApi) => {
    if (!method || placing) return
    setProblem(null)
    setPlacing(true)
    try {
      let current = cart
      if (!currentSession(current, method.providerId)) {
        current = await initiate.mutateAsync({ cart: current, providerId: method.providerId })
      }
      if (method.kind === "card") {
        if (!stripe) return
        const declined = await stripe.confirm(`${window.location.origin}/checkout`)
        if (declined) {
          setProblem({ kind: "message", text: t("checkout.review.paymentDeclined", { reason: declined }) })
          return
        }
      }
      await finish(current.id)
    } catch (error) {
      setProblem(await describeFailure(error))
      void queryClient.invalidateQueries({ queryKey: ["cart"] })
    } finally {
      setPlacing(false)
    }
  }

  // Back from a payment page Stripe sent her to (3-D Secure and the like): finish the order, or say it failed.
  const returned = useRef(false)
  useEffect(() => {
    if (!redirectStatus || returned.current) return
    returned.current = true
    if (redirectStatus === "succeeded" || redirectStatus === "processing") {
      setStep("review")
      setPlacing(true)
      finish(cart.id)
        .catch(async (error: unknown) => setProblem(await describeFailure(error)))
        .finally(() => setPlacing(false))
    } else {
      setStep("payment")
      setPaymentError(t("checkout.review.paymentNotAuthorized"))
    }
  }, [redirectStatus, cart.id, finish, describeFailure, t])

  const continueFromPayment = async (stripe?: StripeApi) => {
    if (!method) return
    setPaymentError(null)
    if (method.kind === "card") {
      if (!stripe) {
        // No card form yet because the session could not be made: try again.
        attempted.current = null
        return initiate.mutate(
          { cart, providerId: method.providerId },
          { onError: () => setPaymentError(t("checkout.payment.saveError")) }
        )
      }
      const invalid = await stripe.submit()
      if (invalid) return setPaymentError(invalid)
      return goTo("review")
    }
    if (session) return goTo("review")
    initiate.mutate(
      { cart, providerId: method.providerId },
      { onSuccess: () => goTo("review"), onError: () => setPaymentError(t("checkout.payment.saveError")) }
    )
  }

  const paymentName = method
    ? method.kind === "bank_transfer"
      ? t("checkout.payment.bankTransfer")
      : t("checkout.payment.card")
    : ""

  const choose = (kind: PaymentMethod["kind"]) => {
    setMethodKind(kind)
    setPaymentError(null)
    setProblem(null)
    attempted.current = null
  }

  const paymentAndReview = (stripe: StripeApi | undefined, cardLoading: boolean) => {
    const cardElement =
      method?.kind !== "card" ? undefined : cardLoading || !clientSecret ? (
        paymentError ? null : <Loading label={t("checkout.payment.cardLoading")} />
      ) : stripe?.failed ? (
        <p className="form-alert" role="alert">
          {t("checkout.payment.cardError")}
        </p>
      ) : (
        stripe?.element
      )
    // With a card the Payment Element stays on the page until the payment is confirmed.
    const paymentState: StepState =
      method?.kind === "card" && step === "review" ? "open" : stepState("payment", step)
    return (
      <>
        <StepSection
          id="checkout-payment"
          number={3}
          title={t("checkout.steps.payment")}
          state={paymentState}
          focusOnOpen={moved}
          onEdit={() => goTo("payment")}
          summary={<p className="checkout-step__line">{paymentName}</p>}
        >
          <PaymentStep
            methods={methods}
            loading={providers.isPending}
            loadError={providers.isError}
            onRetry={() => void providers.refetch()}
            chosen={method}
            onChoose={choose}
            transferHours={transferHours}
            cardElement={cardElement}
            busy={initiate.isPending || (method?.kind === "card" && Boolean(stripe) && !stripe?.ready && !stripe?.failed)}
            error={paymentError}
            onContinue={() => void continueFromPayment(stripe)}
          />
        </StepSection>
        <StepSection
          id="checkout-review"
          number={4}
          title={t("checkout.steps.review")}
          state={stepState("review", step)}
          focusOnOpen={moved}
        >
          <ReviewStep
            cart={cart}
            shippingName={shippingName}
            paymentName={paymentName}
            placeLabel={method?.kind === "card" ? t("checkout.review.placeCard") : t("checkout.review.place")}
            placing={placing}
            disabled={!method || (method.kind === "card" && !stripe?.ready)}
            problem={problem}
            onPlace={() => void place(stripe)}
          />
        </StepSection>
      </>
    )
  }

  let lastSteps: ReactNode
  if (method?.kind === "card" && clientSecret && stripeKey) {
    lastSteps = (
      <Suspense fallback={paymentAndReview(undefined, true)}>
        <StripeScope
          key={clientSecret}
          publishableKey={stripeKey}
          clientSecret={clientSecret}
          locale={i18n.resolvedLanguage === "en" ? "en" : "id"}
        >
          {(stripe) => paymentAndReview(stripe, false)}
        </StripeScope>
      </Suspense>
    )
  } else {
    lastSteps = paymentAndReview(undefined, method?.kind === "card")
  }

  return (
    <div className="checkout-layout">
      <div className="checkout-main">
        {!wide ? <OrderSummary cart={cart} folded /> : null}
        <p className="checkout-progress" aria-live="polite">
          {t("checkout.stepOf", { step: stepIndex(step) + 1, count: 4 })}
        </p>
        <StepSection
          id="checkout-address"
          number={1}
          title={t("checkout.steps.address")}
          state={stepState("address", step)}
          focusOnOpen={moved}
          onEdit={() => goTo("address")}
          summary={
            <>
              <p className="checkout-step__line">{cart.email}</p>
              <AddressLines cart={cart} />
            </>
          }
        >
          <AddressStep cart={cart} customer={customer} onDone={() => goTo("shipping")} />
        </StepSection>
        <StepSection
          id="checkout-shipping"
          number={2}
          title={t("checkout.steps.shipping")}
          state={stepState("shipping", step)}
          focusOnOpen={moved}
          onEdit={() => goTo("shipping")}
          summary={
            <p className="checkout-step__line">
              {shippingName}
              {chosenOption ? (
                <>
                  {" · "}
                  <ShippingPriceText amount={shippingPrice(chosenOption)} />
                </>
              ) : null}
            </p>
          }
        >
          <ShippingStep cart={cart} onDone={() => goTo("payment")} />
        </StepSection>
        {lastSteps}
        <Link to="/keranjang" className="checkout-back">
          <span aria-hidden="true">←</span> {t("checkout.backToCart")}
        </Link>
      </div>
      {wide ? (
        <aside className="checkout-aside" aria-labelledby="checkout-summary-heading">
          <OrderSummary cart={cart} folded={false} />
        </aside>
      ) : null}
    </div>
  )
}
