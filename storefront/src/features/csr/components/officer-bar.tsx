// Who is signed in, the programs she runs (each a link to its impact report), sign out, and the section's tabs.
import { Link, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrMe } from "../api/get-me"
import { useCsrSignOut } from "../api/sign-in"

export function OfficerBar() {
  const { t } = useTranslation()
  const { data: me } = useCsrMe()
  const signOut = useCsrSignOut()
  const navigate = useNavigate()

  return (
    <div className="officer-bar">
      <div className="officer-bar__top container">
        <div className="officer-bar__who">
          <p className="officer-bar__name">{me.staff.name}</p>
          <p className="officer-bar__programs">
            <span>{t("csr.bar.programs", { count: me.programs.length })} </span>
            {me.programs.map((program, i) => (
              <span key={program.id}>
                {i > 0 && ", "}
                <Link to="/portal/csr/program/$id" params={{ id: program.id }}>
                  {program.name}
                </Link>
              </span>
            ))}
          </p>
        </div>
        <button
          type="button"
          className="button button--ghost csr-button--compact"
          onClick={() => void signOut(() => navigate({ to: "/portal/csr/masuk" }))}
        >
          {t("csr.bar.signOut")}
        </button>
      </div>
      <nav className="csr-tabs" aria-label={t("csr.nav.label")}>
        <ul className="csr-tabs__list container">
          <li>
            <Link
              to="/portal/csr"
              className="csr-tabs__tab"
              activeOptions={{ exact: true, includeSearch: false }}
              activeProps={{ className: "csr-tabs__tab--active", "aria-current": "page" }}
            >
              {t("csr.nav.overview")}
            </Link>
          </li>
          <li>
            <Link
              to="/portal/csr/expo/baru"
              className="csr-tabs__tab"
              activeProps={{ className: "csr-tabs__tab--active", "aria-current": "page" }}
            >
              {t("csr.nav.newExpo")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  )
}
