// Variants with price (whole rupiah) and stock. New products add and remove rows; saved variants keep
// their name and SKU and change only price and stock (what the update route accepts).
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { newVariantRow, type VariantRow } from "../utils/product-form"
import { parseWholeNumber } from "../utils/whole-number"

type VariantRowsProps = {
  rows: VariantRow[]
  onChange: (rows: VariantRow[]) => void
  /** editing a saved product: no new rows */
  saved: boolean
  invalid: boolean
  describedBy?: string
}

export function VariantRows({ rows, onChange, saved, invalid, describedBy }: VariantRowsProps) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<VariantRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <div className="variant-rows">
      {saved && <p className="portal-field__hint">{t("portal.product.variantEditHint")}</p>}
      <ol className="variant-rows__list">
        {rows.map((row, index) => {
          const n = index + 1
          const base = `variant-${row.key}`
          const price = parseWholeNumber(row.price)
          return (
            <li key={row.key} className="variant-row">
              <fieldset className="variant-row__fields">
                <legend className="variant-row__legend">
                  {row.id ? row.title || t("portal.product.variantRow", { n }) : t("portal.product.variantRow", { n })}
                  {row.id && row.sku ? <span className="portal-muted"> · {row.sku}</span> : null}
                </legend>
                {!row.id && (
                  <>
                    <div className="portal-field">
                      <label htmlFor={`${base}-title`} className="portal-field__label">
                        {t("portal.product.variantTitle")}
                      </label>
                      <input
                        id={`${base}-title`}
                        value={row.title}
                        aria-describedby={describedBy}
                        onChange={(e) => update(index, { title: e.target.value })}
                      />
                    </div>
                    <div className="portal-field">
                      <label htmlFor={`${base}-sku`} className="portal-field__label">
                        {t("portal.product.variantSku")}
                      </label>
                      <input
                        id={`${base}-sku`}
                        value={row.sku}
                        autoCapitalize="characters"
                        onChange={(e) => update(index, { sku: e.target.value })}
                      />
                    </div>
                  </>
                )}
                <div className="portal-field">
                  <label htmlFor={`${base}-price`} className="portal-field__label">
                    {t("portal.product.variantPrice")}
                  </label>
                  <input
                    id={`${base}-price`}
                    inputMode="numeric"
                    value={row.price}
                    required
                    aria-invalid={invalid && price === null}
                    aria-describedby={describedBy}
                    onChange={(e) => update(index, { price: e.target.value })}
                  />
                  <span className="portal-field__hint" aria-hidden="true">
                    {price !== null ? formatRupiah(price) : "\u00a0"}
                  </span>
                </div>
                <div className="portal-field">
                  <label htmlFor={`${base}-stock`} className="portal-field__label">
                    {t("portal.product.variantStock")}
                  </label>
                  <input
                    id={`${base}-stock`}
                    inputMode="numeric"
                    value={row.stock}
                    required
                    aria-invalid={invalid && parseWholeNumber(row.stock) === null}
                    aria-describedby={describedBy}
                    onChange={(e) => update(index, { stock: e.target.value })}
                  />
                </div>
                {!row.id && rows.length > 1 && (
                  <button
                    type="button"
                    className="icon-button icon-button--danger variant-row__remove"
                    aria-label={t("portal.product.variantRemove", { n })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </fieldset>
            </li>
          )
        })}
      </ol>
      {!saved && (
        <button type="button" className="button button--ghost" onClick={() => onChange([...rows, newVariantRow()])}>
          {t("portal.product.variantAdd")}
        </button>
      )}
    </div>
  )
}
