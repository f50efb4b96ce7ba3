import net from "node:net"
import { UserError } from "./ui.mjs"

/** Resolves when nothing listens on `port`; throws a one-line UserError naming the port and its variable otherwise. */
export async function assertPortFree(port, variable) {
  await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") {
        reject(
          new UserError(`Port ${port} is already in use (${variable}). Stop what runs there or set ${variable} to a free port.`)
        )
      } else reject(error)
    })
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(resolve))
  })
}

/** Waits until `url` answers with a 2xx status; throws after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 120_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new UserError(`The process that should answer at ${url} has exited (see its output above).`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new UserError(`Nothing answered at ${url} within ${timeoutMs / 1000} s.`)
}
