import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { productTitle } from "../utils/product-texts"
import { ProductImage } from "./product-image"

/** What a card needs of a product: a catalogue product and a search hit both have it. */
export type CardProduct = {
  handle: string
  title: string
  /** the English title: a search hit's own field, a catalogue product's metadata.title_en */
  title_en?: string | null
  metadata?: Record<string, unknown> | null
  thumbnail?: string | null
}

/** A card is half the width on a phone, a third on a tablet, a quarter from 68rem (the grid in styles.css). */
export const CARD_IMAGE_SIZES = "(min-width: 68rem) 17rem, (min-width: 48rem) 33vw, 50vw"

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
  const { i18n } = useTranslation()
  const title = productTitle(product, i18n.resolvedLanguage === "en" ? "en" : "id")
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
          sizes={CARD_IMAGE_SIZES}
          className="product-card__image"
        />
        <h3 className="product-card__title">{title}</h3>
      </Link>
      {price}
      {details}
    </article>
  )
}
