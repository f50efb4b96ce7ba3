import { useTranslation } from "react-i18next"
import { isLanguage, DEFAULT_LANGUAGE, type Language } from "../../../lib/i18n"

/** The current UI language; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE
}
