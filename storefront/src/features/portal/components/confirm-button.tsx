// A button that asks before it acts: the question and "yes / cancel" appear in place, keyboard first.
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

type ConfirmButtonProps = {
  label: string
  question: string
  onConfirm: () => void
  disabled?: boolean
  className?: string
}

export function ConfirmButton({ label, question, onConfirm, disabled, className }: ConfirmButtonProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const yesRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) yesRef.current?.focus()
    else if (wasAsking.current) openRef.current?.focus()
    wasAsking.current = asking
  }, [asking])

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className={className ?? "button button--ghost"}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  }
  return (
    <div
      className="portal-confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false)
      }}
    >
      <p className="portal-confirm__question">{question}</p>
      <div className="portal-actions">
        <button
          ref={yesRef}
          type="button"
          className="button button--danger"
          onClick={() => {
            setAsking(false)
            onConfirm()
          }}
        >
          {t("portal.common.confirm")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
          {t("portal.common.cancel")}
        </button>
      </div>
    </div>
  )
}
