// The home page's handful of products: photos first, since a card without one sells nothing.

/** At most `count` products, those with a photo before those without, otherwise in the catalogue's order. */
export function pickFeatured<T extends { thumbnail?: string | null }>(products: T[], count: number): T[] {
  const withPhoto = products.filter((product) => product.thumbnail)
  const withoutPhoto = products.filter((product) => !product.thumbnail)
  return [...withPhoto, ...withoutPhoto].slice(0, Math.max(0, count))
}
