// A quantity: − and + buttons around a number field; typed values are committed on Enter or when leaving the field.
import { useEffect, useState, type KeyboardEvent } from "react"
import { clampQuantity } from "../utils/stock"

type QuantityFieldProps = {
  id: string
  label: string
  /** shown to screen readers only when the label is visible elsewhere */
  hideLabel?: boolean
  value: number
  max: number
  disabled?: boolean
  decreaseLabel: string
  increaseLabel: string
  onChange: (quantity: number) => void
  describedBy?: string
  invalid?: boolean
}

export function QuantityField({
  id,
  label,
  hideLabel,
  value,
  max,
  disabled,
  decreaseLabel,
  increaseLabel,
  onChange,
  describedBy,
  invalid,
}: QuantityFieldProps) {
  const [text, setText] = useState(String(value))
  useEffect(() => setText(String(value)), [value])

  const commit = () => {
    const typed = Number(text)
    const next = text.trim() === "" ? value : clampQuantity(typed, max)
    setText(String(next))
    if (next !== value) onChange(next)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault()
      commit()
    }
  }

  return (
    <div className="quantity-field">
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : "quantity-field__label"}>
        {label}
      </label>
      <div className="quantity-field__controls">
        <button
          type="button"
          className="quantity-field__step"
          aria-label={decreaseLabel}
          aria-controls={id}
          disabled={disabled || value <= 1}
          onClick={() => onChange(value - 1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          className="quantity-field__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, max)}
          step={1}
          value={text}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="quantity-field__step"
          aria-label={increaseLabel}
          aria-controls={id}
          disabled={disabled || value >= max}
          onClick={() => onChange(value + 1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  )
}
