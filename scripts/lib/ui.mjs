// Terminal progress for long work: numbered steps, a counter or bar for steps that report one, elapsed seconds for the
// rest. On a terminal the current line updates in place; in a log (CI) it prints a line per change, at most every 5 s.

const tty = Boolean(process.stdout.isTTY)
const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

export function bar(done, total, width = 20) {
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`
}

export class Steps {
  constructor(total) {
    this.total = total
    this.index = 0
  }

  /** Runs one step; `fn` receives `update(detail)` to report progress. */
  async run(name, fn) {
    this.index += 1
    const label = `[${this.index}/${this.total}] ${name}`
    const started = Date.now()
    let detail = ""
    let frame = 0
    let lastLogged = 0
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
    const render = (force = false) => {
      if (tty) {
        process.stdout.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${label} ${detail} (${seconds()})`)
      } else if (force || Date.now() - lastLogged > 5000) {
        lastLogged = Date.now()
        process.stdout.write(`… ${label} ${detail} (${seconds()})\n`)
      }
    }
    const timer = setInterval(render, tty ? 100 : 1000)
    render(true)
    try {
      const result = await fn((d) => {
        const changed = d !== detail
        detail = d
        if (changed && !tty) render(true)
      })
      clearInterval(timer)
      const note = typeof result === "string" ? ` — ${result}` : ""
      process.stdout.write(`${tty ? "\r\x1b[2K" : ""}✔ ${label}${note} (${seconds()})\n`)
      return result
    } catch (error) {
      clearInterval(timer)
      process.stdout.write(`${tty ? "\r\x1b[2K" : ""}✘ ${label} (${seconds()})\n`)
      throw error
    }
  }
}

/** An error whose message is the one line the user needs; printed without a stack trace. */
export class UserError extends Error {}

export function fail(error) {
  if (error instanceof UserError) {
    console.error(`\n✘ ${error.message}`)
  } else {
    console.error("\n✘ Unexpected error:", error)
  }
}
