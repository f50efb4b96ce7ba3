// Translations of the account's failures and of the forms' validation keys.
import { useTranslation } from "react-i18next"
import { describeAccountError } from "../utils/errors"
import { PASSWORD_MAX, PASSWORD_MIN, type ValidationKey } from "../utils/schemas"

export function useAccountMessages() {
  const { t } = useTranslation()
  return {
    /** What went wrong, in words a person can act on; never the backend's text. */
    failure: (error: unknown): string => {
      const { code, field } = describeAccountError(error)
      if (code === "invalidField" && field) {
        return t("account.errors.invalidField", { field: t(`account.fields.${field}`) })
      }
      return t(`account.errors.${code === "invalidField" ? "invalidData" : code}`)
    },
    validation: (key: ValidationKey | undefined): string | undefined =>
      key ? t(`account.validation.${key}`, { min: PASSWORD_MIN, max: PASSWORD_MAX }) : undefined,
  }
}
