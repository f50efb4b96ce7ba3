// One numbered step of the checkout: its heading (focused when the step opens), a summary with "Change" once done,
// the form while open, nothing yet when it is still ahead.
import { useEffect, useRef, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

export type StepState = "open" | "done" | "ahead"

type StepSectionProps = {
  id: string
  number: number
  title: string
  state: StepState
  /** focus the heading when the step opens (not on first render, so the page does not jump) */
  focusOnOpen: boolean
  summary?: ReactNode
  onEdit?: () => void
  children?: ReactNode
}

export function StepSection({ id, number, title, state, focusOnOpen, summary, onEdit, children }: StepSectionProps) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (state === "open" && focusOnOpen) headingRef.current?.focus()
  }, [state, focusOnOpen])

  return (
    <section id={id} className={`checkout-step checkout-step--${state}`} aria-labelledby={`${id}-heading`}>
      <div className="checkout-step__header">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="checkout-step__title">
          <span className="checkout-step__number" aria-hidden="true">
            {number}
          </span>
          {title}
          {state !== "ahead" ? (
            <span className="visually-hidden"> ({state === "done" ? t("checkout.done") : t("checkout.current")})</span>
          ) : null}
        </h2>
        {state === "done" && onEdit ? (
          <button
            type="button"
            className="checkout-step__edit"
            aria-label={t("checkout.editLabel", { step: title })}
            onClick={onEdit}
          >
            {t("checkout.edit")}
          </button>
        ) : null}
      </div>
      {state === "done" && summary ? <div className="checkout-step__summary">{summary}</div> : null}
      {state === "open" ? <div className="checkout-step__body">{children}</div> : null}
    </section>
  )
}
