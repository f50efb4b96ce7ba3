// A local server program we start and stop ourselves (Meilisearch, Redis): its own process group, its output to a log
// file, started when `ready()` says so, stopped with SIGTERM then SIGKILL, and killed should our process end first.
import { spawn } from "node:child_process"
import fs from "node:fs"
import { UserError } from "./ui.mjs"

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/**
 * Spawns `command args` and waits until `ready()` resolves true (polled every `pollMs`), or fails with a UserError
 * naming `name`, the log file, the lines `remember(line)` kept, and `waitingFor` when it never got ready.
 * Resolves `{ pid, stop(graceMs) }`.
 */
export async function startService({ name, command, args, cwd, env, logFile, onOutput = () => {}, remember = () => false, ready, waitingFor, timeoutMs, pollMs = 100 }) {
  const log = fs.createWriteStream(logFile, { flags: "a" })
  // its own process group (as children.mjs does): a Ctrl-C in the terminal reaches us, not it, and we stop it in order
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const kept = []
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      log.write(chunk)
      onOutput(chunk.toString())
      for (const line of chunk.toString().split("\n")) if (line.trim() && remember(line) && kept.length < 200) kept.push(line.trim())
    })
  }
  let spawnError = null
  child.on("error", (error) => (spawnError = error))
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const gone = () => child.exitCode !== null || child.signalCode !== null || spawnError !== null

  // last resort should our process end without calling stop() (an error, process.exit mid-start)
  const onExit = () => signalGroup(child, "SIGKILL")
  process.on("exit", onExit)

  const stop = async (graceMs = 5000) => {
    process.removeListener("exit", onExit)
    if (!gone()) {
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
      signalGroup(child, "SIGTERM")
      await exited
      clearTimeout(timer)
    }
    await new Promise((resolve) => log.end(resolve))
  }

  const failure = async (why) => {
    await stop()
    const said = kept.length ? `\n  ${kept.slice(-3).join("\n  ")}` : ""
    return new UserError(`${name} ${why}; its log is ${logFile}${said}`)
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (spawnError) throw await failure(`could not be started (${spawnError.message})`)
    if (gone()) throw await failure(`exited while starting (${child.signalCode ?? `exit ${child.exitCode}`})`)
    if (await ready()) break
    if (Date.now() > deadline) throw await failure(`did not answer ${waitingFor} within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, pollMs))
  }
  return { pid: child.pid, stop }
}
