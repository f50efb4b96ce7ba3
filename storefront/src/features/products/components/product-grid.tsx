import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useProducts } from "../api/get-products"
import { ProductCard } from "./product-card"
import { ProductPrice } from "./product-price"

// Cards above the fold on a wide screen load eagerly; the rest lazily.
const EAGER_CARDS = 4

export function ProductGrid({
  regionId,
  page,
}: {
  regionId: string
  page: number
}) {
  const { t } = useTranslation()
  const { data } = useProducts({ regionId, page })

  if (data.count === 0) {
    return <p className="empty-state">{t("products.empty")}</p>
  }
  if (data.products.length === 0) {
    // A page past the end, e.g. an old link after products were removed.
    return (
      <p className="empty-state">
        {t("products.pageEmpty")}{" "}
        <Link to="/" activeOptions={{ exact: true }}>
          {t("products.firstPage")}
        </Link>
      </p>
    )
  }

  return (
    <>
      <p className="catalogue__count">
        {t("products.count", { count: data.count })}
      </p>
      <ul className="product-grid">
        {data.products.map((product, index) => (
          <li key={product.id}>
            <ProductCard
              product={product}
              price={<ProductPrice product={product} />}
              eager={index < EAGER_CARDS}
            />
          </li>
        ))}
      </ul>
      {data.pageCount > 1 && (
        <nav className="pagination" aria-label={t("products.pagination")}>
          {data.page > 1 ? (
            <Link
              to="/"
              search={{ page: data.page - 1 > 1 ? data.page - 1 : undefined }}
              activeOptions={{ exact: true }}
              className="button button--ghost"
              rel="prev"
            >
              {t("products.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="pagination__status" aria-current="page">
            {t("products.pageOf", { page: data.page, pages: data.pageCount })}
          </span>
          {data.page < data.pageCount ? (
            <Link
              to="/"
              search={{ page: data.page + 1 }}
              activeOptions={{ exact: true }}
              className="button button--ghost"
              rel="next"
            >
              {t("products.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}
