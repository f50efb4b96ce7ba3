import { defineConfig } from "vitest/config"

// `npm run test:fuzz`: the fuzz test of every route at its full count, 5,000 bad requests per route (npm test runs a
// small sample of the same test). Hours, not minutes, on a 2-core machine: run it apart from the 20-minute CI run.
// The pool settings are vitest.config.mts's (see the reasons there).
export default defineConfig({
  test: {
    globals: true,
    include: ["http/reliability/fuzz.spec.ts"],
    pool: "forks",
    poolOptions: { forks: { singleFork: false, minForks: 1, maxForks: 1, isolate: true, execArgv: ["-r", "ts-node/register"] } },
    setupFiles: ["./setup/process-send.ts"],
    globalSetup: ["./setup/global-setup.ts"],
    hookTimeout: 180_000,
    testTimeout: 24 * 3600_000,
    fileParallelism: false,
    onConsoleLog: (log) => !log.includes("Connection ended unexpectedly"),
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "5000" },
  },
})
