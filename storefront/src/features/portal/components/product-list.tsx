import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { usePortalProducts, type GetPortalProductsParams } from "../api/get-products"
import type { PortalProduct, ProductStatus } from "../api/types"
import { priceRange, totalStock } from "../utils/product-summary"
import { ListFilters, type ListSearch } from "./list-filters"
import { PortalPager } from "./portal-pager"
import { ProductThumb } from "./product-thumb"
import { StatusBadge } from "./status-badge"

type ProductListProps = {
  params: GetPortalProductsParams
  onSearch: (search: ListSearch<ProductStatus>) => void
  pageLink: (page: number, label: string, rel: "prev" | "next") => ReactNode
}

export function ProductFilters({ params, onSearch }: Pick<ProductListProps, "params" | "onSearch">) {
  const { t } = useTranslation()
  const statuses = [
    { value: "published", label: t("portal.productStatus.published") },
    { value: "draft", label: t("portal.productStatus.draft") },
  ] as const
  return <ListFilters list="products" idPrefix="product" statuses={statuses} params={params} onSearch={onSearch} />
}

function PriceCell({ product }: { product: PortalProduct }) {
  const { t } = useTranslation()
  const range = priceRange(product)
  if (!range) return <>{t("portal.common.none")}</>
  return (
    <>
      {range.min === range.max
        ? formatRupiah(range.min)
        : t("portal.products.priceRange", {
            min: formatRupiah(range.min),
            max: formatRupiah(range.max),
          })}
    </>
  )
}

export function ProductList({ params, pageLink }: Omit<ProductListProps, "onSearch">) {
  const { t } = useTranslation()
  const { data } = usePortalProducts(params)
  const filtered = Boolean(params.q || params.status)

  if (data.count === 0) {
    return (
      <p className="empty-state">
        {filtered ? t("portal.products.noMatch") : t("portal.products.empty")}
      </p>
    )
  }
  return (
    <>
      <p className="portal-muted">{t("portal.products.count", { count: data.count })}</p>
      <table className="portal-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("portal.products.photo")}</span>
            </th>
            <th scope="col">{t("portal.products.product")}</th>
            <th scope="col">{t("portal.products.status")}</th>
            <th scope="col" className="portal-table__num">
              {t("portal.products.price")}
            </th>
            <th scope="col" className="portal-table__num">
              {t("portal.products.stock")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.products.map((product) => {
            const stock = totalStock(product)
            return (
              <tr key={product.id}>
                <td className="portal-table__thumb">
                  <ProductThumb src={product.thumbnail ?? product.images[0] ?? null} />
                </td>
                <td className="portal-table__main">
                  <Link to="/portal/produk/$id" params={{ id: product.id }}>
                    {product.title}
                  </Link>
                  {product.subtitle && <span className="portal-muted"> {product.subtitle}</span>}
                </td>
                <td data-label={t("portal.products.status")}>
                  <StatusBadge tone={product.status === "published" ? "good" : "muted"}>
                    {t(product.status === "published" ? "portal.productStatus.published" : "portal.productStatus.draft")}
                  </StatusBadge>
                </td>
                <td className="portal-table__num" data-label={t("portal.products.price")}>
                  <PriceCell product={product} />
                </td>
                <td
                  className={`portal-table__num${stock === 0 ? " portal-table__warn" : ""}`}
                  data-label={t("portal.products.stock")}
                >
                  {stock.toLocaleString("id-ID")}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <PortalPager page={data.page} pageCount={data.pageCount} renderLink={pageLink} />
    </>
  )
}
