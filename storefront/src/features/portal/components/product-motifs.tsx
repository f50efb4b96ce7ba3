// The motifs a product uses: the facility's own and other facilities' motifs whose licence allows it.
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { errorStatus } from "../../staff/api/staff-fetch"
import { usePortalMotifs } from "../api/get-motifs"
import { usePortalProductMotifs } from "../api/get-product-motifs"
import { useSetProductMotifs } from "../api/set-product-motifs"
import { FormAlert, FormNotice } from "./form-field"

export function ProductMotifs({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const { data: available } = usePortalMotifs()
  const { data: current } = usePortalProductMotifs(productId)
  const save = useSetProductMotifs(productId)
  const [chosen, setChosen] = useState<string[]>(() => (current ?? []).map((m) => m.id))
  const [rejected, setRejected] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const choices = [
    ...available.motifs.map((m) => ({ id: m.id, title: m.title, from: null as string | null })),
    ...available.usable_from_other_facilities.map((m) => ({
      id: m.id,
      title: m.title,
      from: m.facility?.short_name ?? null,
    })),
  ]
  const toggle = (id: string, on: boolean) => {
    setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))
    setNotice(null)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setRejected(null)
    setFailed(false)
    save.mutate(chosen, {
      onSuccess: () => setNotice(t("portal.productMotifs.saved")),
      onError: (error) => {
        if (errorStatus(error) === 400 && error instanceof Error) setRejected(error.message)
        else setFailed(true)
      },
    })
  }

  return (
    <form className="portal-card portal-section" onSubmit={submit} aria-labelledby="product-motifs-heading">
      <h2 id="product-motifs-heading" className="portal-card__title">
        {t("portal.productMotifs.heading")}
      </h2>
      {current === null && <p className="portal-field__hint">{t("portal.productMotifs.unknownCurrent")}</p>}
      {choices.length === 0 ? (
        <p className="portal-muted">{t("portal.productMotifs.none")}</p>
      ) : (
        <fieldset className="portal-checks" aria-describedby={rejected ? "product-motifs-error" : undefined}>
          <legend className="visually-hidden">{t("portal.productMotifs.choose")}</legend>
          {choices.map((choice) => (
            <div key={choice.id} className="portal-field portal-field--check">
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(choice.id)}
                  aria-invalid={Boolean(rejected)}
                  onChange={(e) => toggle(choice.id, e.target.checked)}
                />{" "}
                {choice.title}
                {choice.from && ` — ${t("portal.productMotifs.from", { facility: choice.from })}`}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {rejected && (
        <div id="product-motifs-error">
          <FormAlert title={t("portal.common.serverRejected")} message={rejected} />
        </div>
      )}
      {failed && <FormAlert message={t("portal.common.saveFailed")} />}
      <div className="portal-actions">
        <button type="submit" className="button" disabled={save.isPending || choices.length === 0}>
          {save.isPending ? t("portal.common.saving") : t("portal.productMotifs.save")}
        </button>
      </div>
      <FormNotice message={notice} />
    </form>
  )
}
