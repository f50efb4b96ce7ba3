// The SKU box: a barcode scanner types the SKU and presses Enter, which adds that variant; the box empties and keeps
// focus for the next scan.
import { forwardRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"

export const SkuForm = forwardRef<HTMLInputElement, { onScan: (sku: string) => void }>(function SkuForm({ onScan }, ref) {
  const { t } = useTranslation()
  const [sku, setSku] = useState("")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!sku.trim()) return
    onScan(sku)
    setSku("")
  }
  return (
    <form className="sku-form" onSubmit={submit} role="search" aria-label={t("csr.booth.skuFormLabel")}>
      <label htmlFor="booth-sku" className="csr-field__label">
        {t("csr.booth.sku")}
      </label>
      <div className="sku-form__row">
        <input
          id="booth-sku"
          ref={ref}
          value={sku}
          onChange={(e) => setSku(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          // the booth opens ready to scan
          autoFocus
        />
        <button type="submit" className="button button--ghost">
          {t("csr.booth.skuAdd")}
        </button>
      </div>
    </form>
  )
})
