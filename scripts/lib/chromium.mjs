// The browser the end-to-end tests drive: Debian's Chromium (playwright's own browser downloads cannot run here).
// Found at CHROMIUM_PATH or the usual paths; when missing and we are root on Debian, installed with apt-get.
import { execFileSync } from "node:child_process"
import fs from "node:fs"

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && fs.existsSync(p)) ?? null
}

export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const canApt = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")
  if (!canApt) {
    throw new Error("The browser tests need Chromium: install Debian's `chromium` package or set CHROMIUM_PATH")
  }
  console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium)…")
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" })
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  })
  const installed = findChromium()
  if (!installed) throw new Error("apt-get installed chromium but no binary was found")
  return installed
}
