import { useTranslation } from "react-i18next"
import { KawungMark } from "../../../components/layout/logo"

const classNames = (...names: (string | undefined)[]) =>
  names.filter(Boolean).join(" ")

type ProductImageProps = {
  src: string | null | undefined
  alt: string
  width: number
  height: number
  eager?: boolean
  /** the rendered width, e.g. "(min-width: 48rem) 33vw, 50vw", so a browser picks the right file from a srcset */
  sizes?: string
  className?: string
}

export function ProductImage({
  src,
  alt,
  width,
  height,
  eager = false,
  sizes,
  className,
}: ProductImageProps) {
  const { t } = useTranslation()
  if (!src) {
    return (
      // Decorative beside a title (alt=""), otherwise it says there is no photo yet.
      <div
        className={classNames("product-image product-image--empty", className)}
        {...(alt
          ? { role: "img", "aria-label": t("products.noImage") }
          : { "aria-hidden": true })}
      >
        <KawungMark size={48} />
      </div>
    )
  }
  return (
    <img
      className={classNames("product-image", className)}
      src={src}
      alt={alt}
      width={width}
      height={height}
      sizes={sizes}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  )
}
