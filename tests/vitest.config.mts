import { defineConfig } from "vitest/config"

// Settings Medusa's test-utils need (see shared MEDUSA-NOTES.md): forks, one at a time (the threads pool crashes at
// exit), ts-node so Medusa can `require` medusa-config.ts and module folders, and a process.send guard for its IPC
// message. Each file gets a fresh process: Medusa keeps its database pool in Node's own module cache, which a shared
// fork carries from one file to the next after the previous file's teardown has destroyed it.
//
// Two projects, one file at a time across both: "integration" (HTTP tests on the PostgreSQL and Meilisearch of
// setup/global-setup.ts, the `npm start` smoke test, …), then "e2e" (the browser tests, all on the one stack and
// Chromium of setup/e2e-stack.ts). A project's global setup runs only when the run includes one of its files, before
// the first test of the run: in a full run the browser tests' stack starts first and waits, idle, for its turn.
export default defineConfig({
  test: {
    globals: true,
    exclude: ["node_modules/**"],
    pool: "forks",
    poolOptions: { forks: { singleFork: false, minForks: 1, maxForks: 1, isolate: true, execArgv: ["-r", "ts-node/register"] } },
    setupFiles: ["./setup/process-send.ts"],
    hookTimeout: 180_000,
    testTimeout: 120_000,
    fileParallelism: false,
    // test-utils logs this each time it restores the database between tests; it is not an error
    onConsoleLog: (log) => !log.includes("Connection ended unexpectedly"),
    projects: [
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.spec.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          globalSetup: ["./setup/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          globalSetup: ["./setup/e2e-stack.ts"],
          // after the integration tests
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
