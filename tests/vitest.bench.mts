import { defineConfig } from "vitest/config"

// `npm run bench`: the benchmarks under bench/, with the settings of vitest.config.mts (forks one at a time, ts-node,
// the process.send guard, the PostgreSQL of global-setup). Benchmarks print figures; they assert no timing.
export default defineConfig({
  test: {
    globals: true,
    include: ["bench/**/*.bench.ts"],
    exclude: ["node_modules/**"],
    pool: "forks",
    poolOptions: {
      forks: {
        singleFork: false,
        minForks: 1,
        maxForks: 1,
        isolate: true,
        execArgv: ["-r", "ts-node/register"],
      },
    },
    globalSetup: ["./setup/global-setup.ts"],
    setupFiles: ["./setup/process-send.ts"],
    hookTimeout: 180_000,
    testTimeout: 900_000,
    fileParallelism: false,
    onConsoleLog: (log) => !log.includes("Connection ended unexpectedly"),
  },
})
