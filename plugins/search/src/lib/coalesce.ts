// One change often arrives as several events at once: a product edited in the Portal emits product.updated and
// product-variant.updated within milliseconds. Ids asked for within a short window are merged into one run, and
// every caller waits for that run (a failure reaches them all, so the event bus still sees it).

export type Coalesced = (ids: string[]) => Promise<void>

export function coalesce(run: (ids: string[]) => Promise<unknown>, windowMs: number): Coalesced {
  let pending: { ids: Set<string>; done: Promise<void> } | undefined
  return (ids) => {
    if (!pending) {
      const batch = { ids: new Set<string>(), done: Promise.resolve() }
      batch.done = new Promise<void>((resolve) => setTimeout(resolve, windowMs)).then(async () => {
        pending = undefined
        await run([...batch.ids])
      })
      pending = batch
    }
    for (const id of ids) if (id) pending.ids.add(id)
    return pending.done
  }
}
