// Child processes that must not outlive us: each runs in its own process group, so stopping it stops everything it
// started (Medusa's workers, turbo's tasks).
import { spawn } from "node:child_process"

const running = new Set()

/** Starts a long-running child. `onLine` gets each output line; output also goes to `logStream` when given. */
export function startChild(name, command, args, { cwd, env, onLine, logStream, onExit } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  child.label = name
  running.add(child)
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = ""
    stream.on("data", (chunk) => {
      logStream?.write(chunk)
      buffer += chunk.toString()
      let newline
      while ((newline = buffer.indexOf("\n")) >= 0) {
        onLine?.(buffer.slice(0, newline))
        buffer = buffer.slice(newline + 1)
      }
    })
  }
  child.on("exit", (code, signal) => {
    running.delete(child)
    onExit?.(code, signal)
  })
  return child
}

/** Runs a child to completion; rejects with its last output lines when it fails. */
export function runChild(name, command, args, options = {}) {
  const tail = []
  return new Promise((resolve, reject) => {
    startChild(name, command, args, {
      ...options,
      onLine: (line) => {
        tail.push(line)
        if (tail.length > 40) tail.shift()
        options.onLine?.(line)
      },
      onExit: (code, signal) => {
        if (code === 0) resolve(tail)
        else reject(Object.assign(new Error(`${name} failed (${signal ?? `exit ${code}`})`), { tail }))
      },
    })
  })
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Stops every running child: SIGTERM to its group, SIGKILL after `graceMs`. */
export async function stopChildren(graceMs = 8000) {
  const children = [...running]
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            // the group leader is gone; take any straggler of its group with it
            signalGroup(child, "SIGKILL")
            resolve()
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
}
