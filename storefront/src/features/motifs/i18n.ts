// The motif gallery's strings, added to i18next when its chunk loads, so the catalogue's bundle does not carry them.
import i18n from "i18next"
import en from "./locales/en.json"
import id from "./locales/id.json"

export type MotifTranslations = typeof id

let added = false

export function addMotifTranslations(): void {
  if (added) return
  i18n.addResourceBundle("id", "translation", id, true, false)
  i18n.addResourceBundle("en", "translation", en, true, false)
  added = true
}

addMotifTranslations()
