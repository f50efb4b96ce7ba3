// Maker credits of a product: which participants made it and their weights in the premi split.
import { useTranslation } from "react-i18next"
import type { Participant, ProductMaker } from "../api/types"
import type { MakerRow } from "../utils/product-form"
import { sharePercent } from "../utils/product-summary"
import { parseWholeNumber } from "../utils/whole-number"

type MakerRowsProps = {
  rows: MakerRow[]
  onChange: (rows: MakerRow[]) => void
  /** active participants of the facility */
  participants: Participant[]
  /** saved credits, so a maker who is no longer active still shows by name */
  saved: ProductMaker[]
  describedBy?: string
  invalid: boolean
}

export function MakerRows({ rows, onChange, participants, saved, describedBy, invalid }: MakerRowsProps) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<MakerRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  const weights = rows.map((r) => parseWholeNumber(r.weight) ?? 0)

  const choices = [
    ...participants.map((p) => ({ id: p.id, label: p.display_name })),
    ...saved
      .filter((m) => !participants.some((p) => p.id === m.participant_id))
      .map((m) => ({
        id: m.participant_id,
        label: t("portal.product.makerInactive", { name: m.display_name }),
      })),
  ]

  return (
    <div className="maker-rows">
      <p className="portal-field__hint">{t("portal.product.makersHint")}</p>
      {rows.length === 0 && <p className="portal-muted">{t("portal.product.makersNone")}</p>}
      {rows.length > 0 && (
        <ol className="maker-rows__list">
          {rows.map((row, index) => {
            const n = index + 1
            const percent = sharePercent(weights[index] ?? 0, weights)
            return (
              <li key={index} className="maker-row">
                <div className="portal-field maker-row__who">
                  <label htmlFor={`maker-${index}-participant`} className="portal-field__label">
                    {t("portal.product.makerParticipant")} {n}
                  </label>
                  <select
                    id={`maker-${index}-participant`}
                    value={row.participant_id}
                    aria-invalid={invalid && !row.participant_id}
                    aria-describedby={describedBy}
                    onChange={(e) => update(index, { participant_id: e.target.value })}
                  >
                    <option value="">{t("portal.product.makerChoose")}</option>
                    {choices.map((choice) => (
                      <option
                        key={choice.id}
                        value={choice.id}
                        disabled={rows.some((r, i) => i !== index && r.participant_id === choice.id)}
                      >
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="portal-field maker-row__weight">
                  <label htmlFor={`maker-${index}-weight`} className="portal-field__label">
                    {t("portal.product.makerWeight")}
                  </label>
                  <input
                    id={`maker-${index}-weight`}
                    inputMode="numeric"
                    value={row.weight}
                    aria-invalid={invalid && (parseWholeNumber(row.weight) ?? 0) < 1}
                    aria-describedby={describedBy}
                    onChange={(e) => update(index, { weight: e.target.value })}
                  />
                </div>
                <span className="maker-row__share">
                  {percent !== null ? t("portal.product.makerShare", { percent }) : ""}
                </span>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t("portal.product.makerRemove", { n })}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {participants.length === 0 && rows.length === 0 ? (
        <p className="portal-muted">{t("portal.product.makersNoParticipants")}</p>
      ) : (
        <button
          type="button"
          className="button button--ghost"
          disabled={rows.length >= choices.length}
          onClick={() => onChange([...rows, { participant_id: "", weight: "1" }])}
        >
          {t("portal.product.makerAdd")}
        </button>
      )}
    </div>
  )
}
