import { useTranslation } from "react-i18next"
import { currentLanguage, setLanguage, type Language } from "../../lib/i18n"

export function LanguageToggle() {
  const { t } = useTranslation()
  const active = currentLanguage()
  const options: { language: Language; short: string; long: string }[] = [
    {
      language: "id",
      short: t("header.languageId"),
      long: t("header.languageIdLong"),
    },
    {
      language: "en",
      short: t("header.languageEn"),
      long: t("header.languageEnLong"),
    },
  ]
  return (
    <div
      className="language-toggle"
      role="group"
      aria-label={t("header.language")}
    >
      {options.map(({ language, short, long }) => (
        <button
          key={language}
          type="button"
          className="language-toggle__option"
          aria-pressed={active === language}
          lang={language}
          title={long}
          onClick={() => setLanguage(language)}
        >
          <span aria-hidden="true">{short}</span>
          <span className="visually-hidden">{long}</span>
        </button>
      ))}
    </div>
  )
}
