// "Produk serupa" on a product page: products of the same craft and of the same facility (those of both first),
// never the product itself. Loaded after the page is interactive; left out while loading or if search fails.
import { useQuery } from "@tanstack/react-query"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ProductCard } from "../../features/products/components/product-card"
import { pickRelated } from "../../features/products/utils/related"
import { searchProductsQueryOptions } from "../../features/search/api/search-products"
import { HitPrice } from "../../features/search/components/hit-price"

/** Cards shown: one row on a wide screen, two on a phone. */
const RELATED_COUNT = 4

export default function RelatedProducts({
  productId,
  craft,
  facility,
}: {
  productId: string
  craft: string | null
  facility: string | null
}) {
  const { t } = useTranslation()
  // Page 1 of each (12 products) is plenty to find four others, with the product itself among them at most once.
  const sameCraft = useQuery({ ...searchProductsQueryOptions({ craft: craft ?? undefined }), enabled: Boolean(craft) })
  const sameFacility = useQuery({
    ...searchProductsQueryOptions({ facility: facility ?? undefined }),
    enabled: Boolean(facility),
  })
  // Wait for both (a failed one counts as empty), so the cards do not reorder once the second list arrives.
  if ((craft && sameCraft.isPending) || (facility && sameFacility.isPending)) return null
  const related = pickRelated(productId, [sameCraft.data?.hits, sameFacility.data?.hits], RELATED_COUNT)
  if (related.length === 0) return null
  return (
    <section className="related-products" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-title">
        {t("product.relatedHeading")}
      </h2>
      <ul className="product-grid">
        {related.map((hit) => (
          <li key={hit.id}>
            <ProductCard product={hit} price={<HitPrice hit={hit} />} />
          </li>
        ))}
      </ul>
      {craft && (
        <p className="related-products__more">
          <Link to="/cari" search={{ craft }}>
            {t("product.relatedMore")}
          </Link>
        </p>
      )}
    </section>
  )
}
