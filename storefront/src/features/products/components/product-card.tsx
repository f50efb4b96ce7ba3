import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import { ProductImage } from "./product-image"
import { ProductPrice } from "./product-price"

export function ProductCard({
  product,
  eager,
}: {
  product: HttpTypes.StoreProduct
  eager?: boolean
}) {
  return (
    <article className="product-card">
      <Link
        to="/products/$handle"
        params={{ handle: product.handle }}
        className="product-card__link"
      >
        <ProductImage
          src={product.thumbnail}
          alt=""
          width={480}
          height={600}
          eager={eager}
          className="product-card__image"
        />
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      <ProductPrice product={product} />
    </article>
  )
}
