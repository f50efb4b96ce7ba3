// i18next setup: Bahasa Indonesia first, English second; the choice is kept in localStorage and mirrored on <html lang>.
import i18n from "i18next"
import { initReactI18next } from "react-i18next"
import id from "../locales/id.json"

export const LANGUAGES = ["id", "en"] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = "id"

const STORAGE_KEY = "karya.language"

// The Portal's and the search page's strings load with their code (features/portal/i18n.ts,
// features/search/i18n.ts); only their types are known here.
type PortalTranslations = typeof import("../features/portal/locales/id.json")
type SearchTranslations = typeof import("../features/search/locales/id.json")
type FacilityTranslations = typeof import("../features/facilities/locales/id.json")
type MotifTranslations = typeof import("../features/motifs/locales/id.json")
type AccountTranslations = typeof import("../features/account/locales/id.json")
type CartTranslations = typeof import("../features/cart/locales/id.json") &
  typeof import("../features/cart/locales/purchase.id.json")
type CheckoutTranslations = typeof import("../features/checkout/locales/id.json")
type OrdersTranslations = typeof import("../features/orders/locales/id.json")
type CsrTranslations = typeof import("../features/csr/locales/id.json")

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation"
    resources: {
      translation: typeof id & PortalTranslations & SearchTranslations & AccountTranslations & FacilityTranslations & MotifTranslations &
        CartTranslations & CheckoutTranslations & OrdersTranslations & CsrTranslations
    }
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

// Bahasa Indonesia is in the first bundle (it is also the fallback for a missing key); English loads when chosen.
// Features add their own strings in both languages when their code loads (features/*/i18n.ts).
let englishLoaded = false

async function loadLanguage(language: Language): Promise<void> {
  if (language !== "en" || englishLoaded) return
  const { default: en } = await import("../locales/en.json")
  // merged: a feature may already have added its English strings to the namespace
  i18n.addResourceBundle("en", "translation", en, true, false)
  englishLoaded = true
}

export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembered, but still switched for this visit.
  }
  loadLanguage(language)
    .then(() => i18n.changeLanguage(language))
    .catch((error: unknown) => console.error(`Karya Lapas could not switch to ${language}`, error))
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
  const language = storedLanguage()
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: id } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  if (language !== DEFAULT_LANGUAGE) {
    try {
      await loadLanguage(language)
      await i18n.changeLanguage(language)
    } catch (error) {
      console.error(`Karya Lapas could not load its ${language} strings; showing Bahasa Indonesia`, error)
    }
  }
  document.documentElement.lang = i18n.language
  return i18n
}
