// Related products for a product page: products of the same craft or facility, never the product itself.

/**
 * Merges candidate lists (e.g. the same craft, the same facility) into at most `limit` products: those found in
 * more lists first (same craft and same facility), then in the order the lists give them, each product once and
 * never the product itself.
 */
export function pickRelated<T extends { id: string }>(selfId: string, lists: (T[] | undefined)[], limit: number): T[] {
  const seen = new Map<string, { item: T; lists: Set<number>; order: number }>()
  let order = 0
  // Interleave the lists so each contributes its best matches before any list's weaker ones.
  const longest = Math.max(0, ...lists.map((list) => list?.length ?? 0))
  for (let position = 0; position < longest; position++) {
    lists.forEach((list, listIndex) => {
      const item = list?.[position]
      if (!item || item.id === selfId) return
      const entry = seen.get(item.id)
      if (entry) entry.lists.add(listIndex)
      else seen.set(item.id, { item, lists: new Set([listIndex]), order: order++ })
    })
  }
  return [...seen.values()]
    .sort((a, b) => b.lists.size - a.lists.size || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.item)
}
