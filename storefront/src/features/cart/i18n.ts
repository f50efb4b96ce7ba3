// The cart page's strings (and the purchase box's, which it reuses), added to i18next with the code that shows them.
import "./i18n-purchase"
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

export type CartTranslations = typeof id

let added = false

export function addCartTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

// Added as soon as i18next is initialised, if this is imported before.
if (i18n.isInitialized) addCartTranslations()
else i18n.on("initialized", addCartTranslations)
