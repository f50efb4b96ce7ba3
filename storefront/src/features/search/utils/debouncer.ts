// A trailing debounce without React, so its timing can be tested with fake timers: the header search box asks for
// suggestions (or moves /cari's URL) only once the buyer pauses, not on every keystroke.

export type Debouncer<T> = {
  /** Holds `value`; it settles `delayMs` after the last push, unless another push comes first. */
  push(value: T): void
  /** Settles the held value now (Enter on /cari); nothing happens when nothing is held. */
  flush(): void
  /** Drops the held value (Enter off /cari navigates at once; the page is left). */
  cancel(): void
  pending(): boolean
}

export function createDebouncer<T>(delayMs: number, settle: (value: T) => void): Debouncer<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let held: { value: T } | undefined

  function cancel() {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    held = undefined
  }

  function flush() {
    const current = held
    cancel()
    if (current) settle(current.value)
  }

  return {
    push(value) {
      if (timer !== undefined) clearTimeout(timer)
      held = { value }
      timer = setTimeout(flush, delayMs)
    },
    flush,
    cancel,
    pending: () => held !== undefined,
  }
}
