// The expo's featured products: each one removed, or another of the program's facilities' products added, with one
// tap (the server gets the full set each time, and the expo's sales channel follows).
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useProgramProducts } from "../api/get-program-products"
import { useSetCsrExpoProducts } from "../api/set-expo-products"
import type { ExpoDetail, Program } from "../api/types"
import { useSessionGuard } from "../hooks/use-session-guard"
import { filterPickable } from "../utils/pickable"
import { FormAlert, FormNotice } from "./form-field"
import { ProductThumb } from "./product-thumb"

export function ExpoProducts({ expo, program }: { expo: ExpoDetail; program: Program | undefined }) {
  const { t } = useTranslation()
  const setProducts = useSetCsrExpoProducts(expo.id)
  const guard = useSessionGuard()
  const pickable = useProgramProducts(program)
  const [filter, setFilter] = useState("")
  const [notice, setNotice] = useState<string | null>(null)
  const featured = new Set(expo.products.map((p) => p.id))

  const change = (ids: string[], message: string) => {
    setNotice(null)
    setProducts.mutate(ids, {
      onSuccess: () => setNotice(message),
      onError: (error) => void guard(error),
    })
  }

  const available = filterPickable((pickable.data ?? []).filter((p) => !featured.has(p.id)), filter)
  const failure =
    setProducts.isError && !setProducts.isPending
      ? (invalidDataMessage(setProducts.error) ?? t("csr.expoProducts.failed"))
      : null

  return (
    <section className="csr-card" aria-labelledby="expo-products-heading">
      <h2 id="expo-products-heading" className="csr-card__title">
        {t("csr.expoProducts.heading", { count: expo.products.length })}
      </h2>
      {failure && <FormAlert message={failure} />}
      <FormNotice message={notice} />
      {expo.products.length === 0 ? (
        <p className="csr-muted">{t("csr.expoProducts.none")}</p>
      ) : (
        <ul className="pick-list">
          {expo.products.map((product) => (
            <li key={product.id} className="pick-list__item">
              <ProductThumb src={product.thumbnail} />
              <span className="pick-list__title">{product.title}</span>
              <button
                type="button"
                className="button button--ghost csr-button--compact"
                disabled={setProducts.isPending}
                aria-label={t("csr.expoProducts.removeLabel", { title: product.title })}
                onClick={() =>
                  change(
                    expo.products.filter((p) => p.id !== product.id).map((p) => p.id),
                    t("csr.expoProducts.removed", { title: product.title })
                  )
                }
              >
                {t("csr.expoProducts.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 className="csr-subtitle">{t("csr.expoProducts.addHeading")}</h3>
      {pickable.isPending ? (
        <p className="csr-muted" role="status">
          {t("csr.picker.loading")}
        </p>
      ) : pickable.isError ? (
        <p className="csr-field__error">{t("csr.picker.failed")}</p>
      ) : (
        <>
          <div className="csr-field">
            <label htmlFor="expo-products-filter" className="csr-field__label">
              {t("csr.picker.filter")}
            </label>
            <input id="expo-products-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          {available.length === 0 ? (
            <p className="csr-muted">{t("csr.expoProducts.noneToAdd")}</p>
          ) : (
            <ul className="pick-list">
              {available.map((product) => (
                <li key={product.id} className="pick-list__item">
                  <ProductThumb src={product.thumbnail} />
                  <span className="pick-list__title">
                    {product.title}
                    <span className="pick-list__facility">{product.facility.name}</span>
                  </span>
                  <button
                    type="button"
                    className="button csr-button--compact"
                    disabled={setProducts.isPending}
                    aria-label={t("csr.expoProducts.addLabel", { title: product.title })}
                    onClick={() =>
                      change([...expo.products.map((p) => p.id), product.id], t("csr.expoProducts.added", { title: product.title }))
                    }
                  >
                    {t("csr.expoProducts.add")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
