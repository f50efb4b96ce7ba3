// A month picker ("YYYY-MM"). Browsers without <input type="month"> show a text box; the value is checked either way.
import { useTranslation } from "react-i18next"
import { isMonth } from "../utils/is-month"

type MonthFieldProps = {
  id: string
  label: string
  value: string
  onChange: (month: string) => void
}

export function MonthField({ id, label, value, onChange }: MonthFieldProps) {
  const { t } = useTranslation()
  const invalid = value !== "" && !isMonth(value)
  const errorId = `${id}-error`
  return (
    <div className={`portal-field${invalid ? " portal-field--invalid" : ""}`}>
      <label htmlFor={id} className="portal-field__label">
        {label}
      </label>
      <input
        id={id}
        type="month"
        value={value}
        placeholder="2025-05"
        required
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid && (
        <p id={errorId} className="portal-field__error">
          {t("portal.revenue.month.invalid")}
        </p>
      )}
    </div>
  )
}
