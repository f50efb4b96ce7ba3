import { defineConfig } from "vitest/config"

// Settings Medusa's test-utils need (see shared MEDUSA-NOTES.md): forks, one at a time (the threads pool crashes at
// exit), ts-node so Medusa can `require` medusa-config.ts and module folders, and a process.send guard for its IPC
// message. Each file gets a fresh process: Medusa keeps its database pool in Node's own module cache, which a shared
// fork carries from one file to the next after the previous file's teardown has destroyed it.
export default defineConfig({
  test: {
    globals: true,
    include: ["**/*.spec.ts"],
    exclude: ["node_modules/**"],
    pool: "forks",
    poolOptions: { forks: { singleFork: false, minForks: 1, maxForks: 1, isolate: true, execArgv: ["-r", "ts-node/register"] } },
    globalSetup: ["./setup/global-setup.ts"],
    setupFiles: ["./setup/process-send.ts"],
    hookTimeout: 180_000,
    testTimeout: 120_000,
    fileParallelism: false,
    // test-utils logs this each time it restores the database between tests; it is not an error
    onConsoleLog: (log) => !log.includes("Connection ended unexpectedly"),
  },
})
