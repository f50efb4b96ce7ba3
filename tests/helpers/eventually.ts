/** Polls `read` until `done` holds (or `timeoutMs` passes); returns the last value and how long it took. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000) {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value)) return { value, ms: Date.now() - started }
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 600)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
