// The CSR portal's strings (namespace key "csr"), added to i18next when its code loads, so the buyer's bundle does
// not carry them.
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

let added = false

export function addCsrTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

addCsrTranslations()
