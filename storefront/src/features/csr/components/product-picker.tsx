// Picking an expo's featured products from the program's facilities' products: a filter box and a checkbox per
// product, grouped by facility.
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useProgramProducts } from "../api/get-program-products"
import type { PickableProduct, Program } from "../api/types"
import { filterPickable, groupByFacility } from "../utils/pickable"
import { ProductThumb } from "./product-thumb"

type Props = {
  program: Program | undefined
  selected: string[]
  onChange: (ids: string[]) => void
  error?: string
}

export function ProductPicker({ program, selected, onChange, error }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [filter, setFilter] = useState("")
  const products = useProgramProducts(program)
  const errorId = error ? `${id}-error` : undefined

  const toggle = (productId: string, on: boolean) =>
    onChange(on ? [...selected, productId] : selected.filter((p) => p !== productId))

  return (
    <fieldset className="csr-card product-picker" aria-describedby={errorId} aria-invalid={Boolean(error)}>
      <legend className="csr-card__title">{t("csr.picker.heading")}</legend>
      {!program ? (
        <p className="csr-muted">{t("csr.picker.chooseProgram")}</p>
      ) : products.isPending ? (
        <p className="csr-muted" role="status">
          {t("csr.picker.loading")}
        </p>
      ) : products.isError ? (
        <p className="csr-field__error">{t("csr.picker.failed")}</p>
      ) : products.data.length === 0 ? (
        <p className="csr-muted">{t("csr.picker.none")}</p>
      ) : (
        <>
          <div className="csr-field">
            <label htmlFor={`${id}-filter`} className="csr-field__label">
              {t("csr.picker.filter")}
            </label>
            <input
              id={`${id}-filter`}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              autoComplete="off"
            />
          </div>
          <p className="csr-muted" aria-live="polite">
            {t("csr.picker.selected", { count: selected.length })}
          </p>
          {groupByFacility(filterPickable(products.data, filter)).map(([facility, list]) => (
            <div key={facility} className="product-picker__group">
              <p className="product-picker__facility">{facility}</p>
              <ul className="product-picker__list">
                {list.map((product) => (
                  <li key={product.id}>
                    <label className="product-picker__item">
                      <input
                        type="checkbox"
                        checked={selected.includes(product.id)}
                        onChange={(e) => toggle(product.id, e.target.checked)}
                      />
                      <ProductThumb src={product.thumbnail} />
                      <span>{product.title}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {error && (
        <p id={errorId} className="csr-field__error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
