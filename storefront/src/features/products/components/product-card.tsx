import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { ProductImage } from "./product-image"

/** What a card needs of a product: a catalogue product and a search hit both have it. */
export type CardProduct = {
  handle: string
  title: string
  thumbnail?: string | null
}

export function ProductCard({
  product,
  price,
  details,
  eager,
}: {
  product: CardProduct
  /** the price line, e.g. <ProductPrice> */
  price: ReactNode
  /** lines under the price (who made it, stock) */
  details?: ReactNode
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
      {price}
      {details}
    </article>
  )
}
