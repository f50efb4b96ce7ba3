// The facility pages' strings, added to i18next when their chunk loads, so the catalogue's bundle does not carry them.
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

export type FacilityTranslations = typeof id

let added = false

export function addFacilityTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

addFacilityTranslations()
