// The expo's printables: the QR tag sheet (copies of each product's tag) and the catalogue, fetched with the
// officer's token and saved as files.
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useDownloadExpoDocument, type ExpoDocument } from "../api/download-expo-document"
import type { ExpoDetail } from "../api/types"
import { useSessionGuard } from "../hooks/use-session-guard"
import { Field, FormAlert, FormNotice } from "./form-field"

// the tag sheet route takes 1–20 copies of each tag
const MAX_COPIES = 20

export function ExpoDownloads({ expo }: { expo: ExpoDetail }) {
  const { t } = useTranslation()
  const download = useDownloadExpoDocument(expo)
  const guard = useSessionGuard()
  const [copies, setCopies] = useState("1")
  const [kind, setKind] = useState<ExpoDocument["kind"] | null>(null)
  const copiesNumber = Number(copies)
  const copiesValid = Number.isInteger(copiesNumber) && copiesNumber >= 1 && copiesNumber <= MAX_COPIES

  const start = (doc: ExpoDocument) => {
    setKind(doc.kind)
    download.mutate(doc, { onError: (error) => void guard(error) })
  }

  return (
    <section className="csr-card" aria-labelledby="expo-downloads-heading">
      <h2 id="expo-downloads-heading" className="csr-card__title">
        {t("csr.downloads.heading")}
      </h2>
      <p className="csr-muted">{t("csr.downloads.lead")}</p>
      <Field
        id="tag-copies"
        label={t("csr.downloads.copies")}
        hint={t("csr.downloads.copiesHint", { max: MAX_COPIES })}
        error={copiesValid ? undefined : t("csr.downloads.copiesInvalid", { max: MAX_COPIES })}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_COPIES}
            step={1}
            value={copies}
            onChange={(e) => setCopies(e.target.value)}
            className="csr-input--short"
          />
        )}
      </Field>
      <div className="csr-actions">
        <button
          type="button"
          className="button"
          disabled={download.isPending || !copiesValid || expo.products.length === 0}
          onClick={() => start({ kind: "tags", copies: copiesNumber })}
        >
          {download.isPending && kind === "tags" ? t("csr.downloads.pending") : t("csr.downloads.tags")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={download.isPending || expo.products.length === 0}
          onClick={() => start({ kind: "catalogue" })}
        >
          {download.isPending && kind === "catalogue" ? t("csr.downloads.pending") : t("csr.downloads.catalogue")}
        </button>
      </div>
      {expo.products.length === 0 && <p className="csr-muted">{t("csr.downloads.needsProducts")}</p>}
      {download.isError && <FormAlert message={invalidDataMessage(download.error) ?? t("csr.downloads.failed")} />}
      <FormNotice message={download.data && !download.isPending ? t("csr.downloads.done", { name: download.data }) : null} />
    </section>
  )
}
