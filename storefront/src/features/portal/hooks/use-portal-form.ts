// The state every Portal form shares: its values, the problems found before sending, the server's 400/409 (shown by
// the field its message names), a failure without a message, and the "saved" notice.
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { fieldFromMessage } from "../../../lib/error-field"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { focusFirstInvalid } from "../../staff/components/form-field"

type Options<V, F extends string> = {
  initial: V
  validate: (values: V) => Partial<Record<F, string>>
  fields: readonly F[]
  /** the translated "saved" notice */
  savedMessage: string
  /** sends the values; resolves with the saved values to show, or nothing when the page moves on */
  onSubmit: (values: V) => Promise<V | null>
}

export function usePortalForm<V, F extends string>({ initial, validate, fields, savedMessage, onSubmit }: Options<V, F>) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const [serverError, setServerError] = useState<{ message: string; field: F | null } | null>(null)
  const [failed, setFailed] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setNotice(null)
  }

  const errorText = (field: F): string | undefined => {
    if (serverError?.field === field) return serverError.message
    const problem = errors[field]
    return problem ? (t as (key: string) => string)(`portal.errors.${problem}`) : undefined
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const found = validate(values)
    setErrors(found)
    setServerError(null)
    setFailed(false)
    setNotice(null)
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form)
      return
    }
    try {
      const next = await onSubmit(values)
      if (next) {
        setValues(next)
        setNotice(savedMessage)
      }
    } catch (error) {
      const message = invalidDataMessage(error)
      if (message) {
        setServerError({ message, field: fieldFromMessage(message, fields) })
        focusFirstInvalid(form)
      } else {
        setFailed(true)
      }
    }
  }

  return { values, setValues, set, errors, serverError, failed, notice, errorText, submit }
}
