// The product's photos: one at a time in a track that snaps (swipe on a phone), arrows and thumbnails to pick one,
// the arrow keys, Home and End on the focused photo. Only the first photo loads at once; the rest lazily.
import { useEffect, useRef, useState, type KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import { indexForKey, indexFromScroll, stepIndex } from "../utils/gallery"
import { ProductImage } from "./product-image"

/** The photo fills the page width on a phone and about half of the content width from a tablet up. */
const PHOTO_SIZES = "(min-width: 72rem) 38rem, (min-width: 48rem) 52vw, 100vw"

const reducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches

export function ProductGallery({ images, title }: { images: string[]; title: string }) {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const viewport = useRef<HTMLDivElement>(null)
  const frame = useRef(0)
  const count = images.length

  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  if (count === 0) {
    return (
      <div className="gallery">
        <ProductImage src={null} alt={title} width={800} height={1000} eager />
      </div>
    )
  }

  const show = (next: number) => {
    setIndex(next)
    const el = viewport.current
    el?.scrollTo({ left: next * el.clientWidth, behavior: reducedMotion() ? "auto" : "smooth" })
  }

  // A swipe or a scroll settles on a photo: follow it, once per frame.
  const onScroll = () => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const el = viewport.current
      if (el) setIndex(indexFromScroll(el.scrollLeft, el.clientWidth, count))
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = indexForKey(event.key, index, count)
    if (next === null) return
    event.preventDefault()
    show(next)
  }

  const several = count > 1
  return (
    <section className="gallery" aria-label={t("product.galleryLabel", { title })}>
      <div className="gallery__stage">
        <div
          ref={viewport}
          className="gallery__viewport"
          onScroll={several ? onScroll : undefined}
          onKeyDown={several ? onKeyDown : undefined}
          // The scrolling track takes focus so the arrow keys work on it (and a keyboard can scroll it at all).
          tabIndex={several ? 0 : undefined}
          role={several ? "group" : undefined}
          aria-label={several ? t("product.galleryKeys") : undefined}
        >
          <ul className="gallery__track">
            {images.map((src, i) => (
              <li key={src} className="gallery__slide">
                <ProductImage
                  src={src}
                  alt={several ? t("product.photoAlt", { title, n: i + 1, count }) : title}
                  width={800}
                  height={1000}
                  eager={i === 0}
                  sizes={PHOTO_SIZES}
                  className="gallery__image"
                />
              </li>
            ))}
          </ul>
        </div>
        {several && (
          <>
            <button
              type="button"
              className="gallery__arrow gallery__arrow--prev"
              onClick={() => show(stepIndex(index, -1, count))}
              aria-label={t("product.previousPhoto")}
            >
              <span aria-hidden="true">‹</span>
            </button>
            <button
              type="button"
              className="gallery__arrow gallery__arrow--next"
              onClick={() => show(stepIndex(index, 1, count))}
              aria-label={t("product.nextPhoto")}
            >
              <span aria-hidden="true">›</span>
            </button>
            <p className="gallery__count" aria-live="polite">
              {t("product.photoCount", { n: index + 1, count })}
            </p>
          </>
        )}
      </div>
      {several && (
        <ul className="gallery__thumbs">
          {images.map((src, i) => (
            <li key={src}>
              <button
                type="button"
                className="gallery__thumb"
                onClick={() => show(i)}
                aria-label={t("product.showPhoto", { n: i + 1, count })}
                aria-current={i === index ? "true" : undefined}
              >
                <img src={src} alt="" width={72} height={90} loading="lazy" decoding="async" sizes="72px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
