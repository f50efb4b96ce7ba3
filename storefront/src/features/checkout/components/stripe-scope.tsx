// Card payment by Stripe, in its own chunk: loaded (and Stripe.js fetched from Stripe, the one remote script the
// store allows) only when Stripe is configured and the buyer chooses to pay by card at the payment step.
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useEffect, useMemo, useState, type ReactNode } from "react"

export type StripeApi = {
  /** the Payment Element, to place in the payment step */
  element: ReactNode
  /** Stripe.js loaded and the element mounted */
  ready: boolean
  /** Stripe.js could not be loaded (offline, blocked) */
  failed: boolean
  /** the buyer filled in every field the element asks */
  complete: boolean
  /** checks the element's fields; an error message to show, or null */
  submit: () => Promise<string | null>
  /** confirms the payment intent (may send her to her bank and back to returnUrl); an error message, or null */
  confirm: (returnUrl: string) => Promise<string | null>
}

type StripeScopeProps = {
  publishableKey: string
  clientSecret: string
  locale: "id" | "en"
  children: (api: StripeApi) => ReactNode
}

const loaded = new Map<string, Promise<Stripe | null>>()

function stripeFor(key: string): Promise<Stripe | null> {
  let promise = loaded.get(key)
  if (!promise) {
    promise = loadStripe(key).catch(() => null)
    loaded.set(key, promise)
  }
  return promise
}

function StripeInner({ failed, children }: { failed: boolean; children: StripeScopeProps["children"] }) {
  const stripe = useStripe()
  const elements = useElements()
  const [mounted, setMounted] = useState(false)
  const [complete, setComplete] = useState(false)

  const api: StripeApi = {
    element: (
      <PaymentElement
        options={{ layout: "tabs", fields: { billingDetails: { address: "auto" } } }}
        onReady={() => setMounted(true)}
        onChange={(event) => setComplete(event.complete)}
      />
    ),
    ready: Boolean(stripe && elements && mounted),
    failed,
    complete,
    submit: async () => {
      if (!elements) return null
      const { error } = await elements.submit()
      return error?.message ?? null
    },
    confirm: async (returnUrl) => {
      if (!stripe || !elements) return null
      const { error } = await stripe.confirmPayment({
        elements,
        confirmParams: { return_url: returnUrl },
        redirect: "if_required",
      })
      return error?.message ?? null
    },
  }
  return <>{children(api)}</>
}

export default function StripeScope({ publishableKey, clientSecret, locale, children }: StripeScopeProps) {
  const stripePromise = useMemo(() => stripeFor(publishableKey), [publishableKey])
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    void stripePromise.then((stripe) => live && setFailed(stripe === null))
    return () => {
      live = false
    }
  }, [stripePromise])

  return (
    <Elements
      stripe={stripePromise}
      options={{
        clientSecret,
        locale,
        appearance: {
          theme: "stripe",
          variables: {
            colorPrimary: "#6b3f1d",
            colorText: "#2b1a0e",
            colorDanger: "#7a1f2b",
            borderRadius: "10px",
            fontFamily: "system-ui, sans-serif",
          },
        },
      }}
    >
      <StripeInner failed={failed}>{children}</StripeInner>
    </Elements>
  )
}
