import { useEffect, useRef, useState } from "react"
import { createDebouncer, type Debouncer } from "../utils/debouncer"

/**
 * One debouncer for the component's life (utils/debouncer.ts); `settle` is always the latest render's, and a value
 * still held when the component unmounts is dropped, never settled into a page that is gone.
 */
export function useDebouncer<T>(delayMs: number, settle: (value: T) => void): Debouncer<T> {
  const latest = useRef(settle)
  latest.current = settle
  const [debouncer] = useState(() => createDebouncer<T>(delayMs, (value) => latest.current(value)))
  useEffect(() => () => debouncer.cancel(), [debouncer])
  return debouncer
}
