// The purchase box's strings: the only cart strings the product page (in the store's first bundle) carries.
import i18n from "i18next"
import en from "./locales/purchase.en.json"
import id from "./locales/purchase.id.json"

let added = false

export function addPurchaseTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

// Imported before i18next is initialised (the product page is in the first bundle): added as soon as it is.
if (i18n.isInitialized) addPurchaseTranslations()
else i18n.on("initialized", addPurchaseTranslations)
