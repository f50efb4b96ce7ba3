// i18next setup: Bahasa Indonesia first, English second; the choice is kept in localStorage and mirrored on <html lang>.
import i18n from "i18next"
import { initReactI18next } from "react-i18next"
import en from "../locales/en.json"
import id from "../locales/id.json"

export const LANGUAGES = ["id", "en"] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = "id"

const STORAGE_KEY = "karya.language"

// The Portal's and the search page's strings load with their code (features/portal/i18n.ts,
// features/search/i18n.ts); only their types are known here.
type PortalTranslations = typeof import("../features/portal/locales/id.json")
type SearchTranslations = typeof import("../features/search/locales/id.json")

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation"
    resources: { translation: typeof id & PortalTranslations & SearchTranslations }
  }
}

export function isLanguage(value: unknown): value is Language {
  return (
    typeof value === "string" &&
    (LANGUAGES as readonly string[]).includes(value)
  )
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    // Storage can be blocked (private mode, strict cookie settings): fall back quietly.
    return DEFAULT_LANGUAGE
  }
}

export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembered, but still switched for this visit.
  }
  void i18n.changeLanguage(language)
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : DEFAULT_LANGUAGE
}

export async function initI18n(): Promise<typeof i18n> {
  i18n.on("languageChanged", (language) => {
    document.documentElement.lang = language
  })
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  document.documentElement.lang = i18n.language
  return i18n
}
