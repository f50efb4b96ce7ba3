// The one function that splits money in this product. Every split of a sale, a refund or a royalty goes through it.

export type Weighted = { key: string; weight: number }

/**
 * Splits `amount` whole rupiah among `weights` in proportion to their weights, exactly: the parts are whole rupiah and
 * sum to `amount`.
 *
 * Largest remainder (Hamilton): each part first gets the floor of its exact share `amount × weight / Σweight`; the
 * rupiah left over (fewer than the number of parts) go one each to the parts with the largest remainder of that
 * division. Ties are broken by the larger weight, then by the smaller key (string order), so the result depends only
 * on the (key, weight) pairs and never on their order in the input. Arithmetic is in BigInt: no float ever touches
 * the amount.
 *
 * `amount` must be a non-negative safe integer, weights non-negative safe integers with a positive sum (unless the
 * amount is 0), and keys unique. Returns the parts in the order of `weights`.
 */
export function allocate(amount: number, weights: readonly Weighted[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`allocate: amount must be a non-negative whole number of rupiah, got ${amount}`)
  }
  const keys = new Set<string>()
  let total = 0n
  for (const { key, weight } of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`allocate: weight of ${key} must be a non-negative integer, got ${weight}`)
    }
    if (keys.has(key)) throw new RangeError(`allocate: duplicate key ${key}`)
    keys.add(key)
    total += BigInt(weight)
  }
  if (amount === 0) return weights.map(() => 0)
  if (total === 0n) throw new RangeError("allocate: the weights sum to 0, there is nobody to give the amount to")

  const big = BigInt(amount)
  const parts = weights.map(({ key, weight }, index) => {
    const exact = big * BigInt(weight)
    return { index, key, weight, floor: exact / total, remainder: exact % total }
  })
  let leftover = big - parts.reduce((sum, p) => sum + p.floor, 0n)
  const order = [...parts].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.weight - a.weight ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
  for (const part of order) {
    if (leftover === 0n) break
    part.floor += 1n
    leftover -= 1n
  }
  return parts.map((p) => Number(p.floor))
}

/** `allocate` for a record: `{ a: 2, b: 1 }` → `{ a: …, b: … }`. */
export function allocateByKey<K extends string>(amount: number, weights: Record<K, number>): Record<K, number> {
  const entries = Object.entries(weights) as [K, number][]
  const parts = allocate(amount, entries.map(([key, weight]) => ({ key, weight })))
  return Object.fromEntries(entries.map(([key], i) => [key, parts[i]!])) as Record<K, number>
}
