// test-utils reports its port to a parent process with process.send(number); vitest's fork pool only understands
// object messages on that channel, so anything else is dropped here.
const send = process.send?.bind(process)
if (send) {
  process.send = ((message: unknown, ...rest: unknown[]) => {
    if (message === null || typeof message !== "object") return true
    return (send as (...args: unknown[]) => boolean)(message, ...rest)
  }) as typeof process.send
}
