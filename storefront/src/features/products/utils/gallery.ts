// The product gallery's arithmetic, kept apart from the DOM so it can be tested: which photos, which one is shown,
// where a key or a swipe takes the buyer.

type ImageSource = {
  thumbnail?: string | null
  images?: { url: string; rank?: number | null }[] | null
}

/** Every photo of the product once, in the facility's order (rank); the thumbnail when there is no image list. */
export function galleryImages(product: ImageSource): string[] {
  const ranked = [...(product.images ?? [])]
    .map((image, position) => ({ url: image.url, rank: image.rank ?? position, position }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((image) => image.url)
    .filter((url) => url && url.trim())
  const urls = ranked.length > 0 ? ranked : product.thumbnail ? [product.thumbnail] : []
  return [...new Set(urls)]
}

/** The photo `delta` steps from `index`, wrapping around both ends. */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count <= 0) return 0
  return (((index + delta) % count) + count) % count
}

/** Which photo a key moves to, or null when the key is not the gallery's (so the browser keeps its default). */
export function indexForKey(key: string, index: number, count: number): number | null {
  if (count <= 1) return null
  switch (key) {
    case "ArrowRight":
      return stepIndex(index, 1, count)
    case "ArrowLeft":
      return stepIndex(index, -1, count)
    case "Home":
      return 0
    case "End":
      return count - 1
    default:
      return null
  }
}

/** Which photo fills a horizontally scrolled track (one photo per width): the nearest, within bounds. */
export function indexFromScroll(scrollLeft: number, slideWidth: number, count: number): number {
  if (count <= 0 || slideWidth <= 0) return 0
  // Right-to-left layouts scroll to negative offsets; the distance is what counts.
  const index = Math.round(Math.abs(scrollLeft) / slideWidth)
  return Math.min(Math.max(index, 0), count - 1)
}
