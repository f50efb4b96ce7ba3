import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Footer } from "./footer"
import { Header } from "./header"

export function MainLayout({
  children,
  headerActions,
  headerSearch,
}: {
  children: ReactNode
  headerActions?: ReactNode
  headerSearch?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header actions={headerActions} search={headerSearch} />
      <main id="main" className="page__main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </div>
  )
}
