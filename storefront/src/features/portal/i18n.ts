// The Portal's strings, added to i18next when the Portal's code loads, so the buyer's bundle does not carry them.
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

export type PortalTranslations = typeof id

let added = false

export function addPortalTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

addPortalTranslations()
