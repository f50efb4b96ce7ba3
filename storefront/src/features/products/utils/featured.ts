// The home page's handful of products: photos first, since a card without one sells nothing.

/** Products shown on the home page, picked from the newest page of the search (12 hits). */
export const FEATURED_COUNT = 8
export const FEATURED_SEARCH = { sort: "newest" } as const

/** At most `count` products, those with a photo before those without, otherwise in the catalogue's order. */
export function pickFeatured<T extends { thumbnail?: string | null }>(products: T[], count: number): T[] {
  const withPhoto = products.filter((product) => product.thumbnail)
  const withoutPhoto = products.filter((product) => !product.thumbnail)
  return [...withPhoto, ...withoutPhoto].slice(0, Math.max(0, count))
}
