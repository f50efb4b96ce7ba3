import { useTranslation } from "react-i18next"
import type { Language } from "../utils/dates"

/** The interface language, for dates and numbers; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.resolvedLanguage === "en" ? "en" : "id"
}
