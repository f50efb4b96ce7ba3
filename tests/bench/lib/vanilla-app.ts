// The baseline of the HTTP benchmark: a vanilla Medusa 2.21 app written out at bench time in tests/bench/.vanilla-app/
// (git-ignored; Node resolves @medusajs/* from the repo's node_modules), with Medusa's default modules plus the extra
// modules backend/medusa-config.ts adds (the caching module with the in-memory provider, the local file provider) and
// none of our plugins, no src/, no payment provider of ours. `medusa start` runs it as it is: a config-only app with
// the admin disabled needs no `medusa build`.
import fs from "node:fs"
import path from "node:path"

export const vanillaAppDir = path.resolve(__dirname, "..", ".vanilla-app")

const PACKAGE_JSON = {
  name: "karya-bench-vanilla-medusa",
  private: true,
  version: "0.0.0",
  description: "Written by tests/bench/lib/vanilla-app.ts: the vanilla Medusa app the HTTP benchmark compares with",
  // `medusa start` refuses a directory whose package.json does not depend on Medusa
  dependencies: { "@medusajs/medusa": "2.21.2", "@medusajs/framework": "2.21.2", "@medusajs/cli": "2.21.2" },
}

const MEDUSA_CONFIG = `// Written by tests/bench/lib/vanilla-app.ts: Medusa's defaults, plus the modules backend/medusa-config.ts adds (without
// REDIS_URL): the caching module with its in-memory provider and the local file provider. No plugins.
const { defineConfig, Modules } = require("@medusajs/framework/utils")

const port = process.env.PORT ?? "9000"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: true },
  modules: [
    { key: Modules.CACHING, resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: process.env.KARYA_UPLOAD_DIR, backend_url: \`http://localhost:\${port}/static\` },
          },
        ],
      },
    },
  ],
})
`

/** Writes the app (again: the files are the source of truth here) and returns its directory. */
export function writeVanillaApp(): string {
  fs.mkdirSync(vanillaAppDir, { recursive: true })
  fs.writeFileSync(path.join(vanillaAppDir, "package.json"), `${JSON.stringify(PACKAGE_JSON, null, 2)}\n`)
  fs.writeFileSync(path.join(vanillaAppDir, "medusa-config.js"), MEDUSA_CONFIG)
  return vanillaAppDir
}
