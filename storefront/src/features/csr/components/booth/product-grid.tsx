// The booth's products: a name search and a tile per product, with a button per variant (price and stock on it).
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../../lib/money"
import type { BoothProduct, BoothVariant } from "../../api/types"
import { filterProducts, maxQuantity, variantLabel, type BasketLine } from "../../utils/basket"
import { ProductThumb } from "../product-thumb"

type Props = {
  products: BoothProduct[]
  lines: BasketLine[]
  onAdd: (variant: BoothVariant, title: string) => void
}

export function BoothProductGrid({ products, lines, onAdd }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState("")
  const shown = filterProducts(products, query)
  const inBasket = (variantId: string) => lines.find((l) => l.variantId === variantId)?.quantity ?? 0

  if (products.length === 0) return <p className="csr-muted">{t("csr.booth.noProducts")}</p>

  return (
    <section aria-labelledby="booth-products-heading">
      <h2 id="booth-products-heading" className="visually-hidden">
        {t("csr.booth.productsHeading")}
      </h2>
      <div className="csr-field">
        <label htmlFor="booth-search" className="csr-field__label">
          {t("csr.booth.search")}
        </label>
        <input id="booth-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {shown.length === 0 ? (
        <p className="csr-muted">{t("csr.booth.noMatch")}</p>
      ) : (
        <ul className="booth-grid">
          {shown.map((product) => (
            <li key={product.id} className="booth-tile">
              <div className="booth-tile__head">
                <ProductThumb src={product.thumbnail} size={56} />
                <div>
                  <p className="booth-tile__title">{product.title}</p>
                  {product.facility && <p className="booth-tile__facility">{product.facility.name}</p>}
                </div>
              </div>
              <ul className="booth-tile__variants">
                {product.variants.map((variant) => {
                  const label = variantLabel(product.title, variant.title)
                  const left = maxQuantity(variant) - inBasket(variant.id)
                  const soldOut = maxQuantity(variant) === 0
                  const price = variant.price === null ? t("csr.booth.noPrice") : formatRupiah(variant.price)
                  return (
                    <li key={variant.id}>
                      <button
                        type="button"
                        className="booth-variant"
                        disabled={soldOut || left <= 0}
                        aria-label={t("csr.booth.addLabel", { title: label, price })}
                        onClick={() => onAdd(variant, label)}
                      >
                        <span className="booth-variant__name">
                          {label === product.title ? t("csr.booth.add") : variant.title}
                        </span>
                        <span className="booth-variant__price">{price}</span>
                        <span className="booth-variant__meta">
                          <span className={soldOut ? "booth-variant__stock--out" : undefined}>
                            {variant.price === null
                              ? t("csr.booth.notForSale")
                              : soldOut
                                ? t("csr.booth.outOfStock")
                                : variant.stock === null
                                  ? t("csr.booth.stockUntracked")
                                  : t("csr.booth.stock", { count: variant.stock })}
                          </span>
                          {variant.sku && <span className="booth-variant__sku"> · {variant.sku}</span>}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
