// The order pages' strings (confirmation, lookup), added to i18next when their chunks load.
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

export type OrdersTranslations = typeof id

let added = false

export function addOrdersTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

// The store's bundle can import this before i18next is initialised (the product page's purchase box is in it):
// then the strings are added as soon as it is.
if (i18n.isInitialized) addOrdersTranslations()
else i18n.on("initialized", addOrdersTranslations)
