// The storefront server's security headers (storefront/security-headers.mjs, sent by server.mjs): the policy itself,
// the headers on the stack `npm start` runs, and the store working in Chromium under that policy: pages render with
// their images and no Content-Security-Policy violation, and another site cannot frame the store.
import type { Page } from "playwright-core"
import { useBrowserStack } from "../helpers/browser-stack"

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? []

// a dynamic import: this file is CommonJS to TypeScript, the module is ESM (server.mjs imports it)
const policy = () => import("../../storefront/security-headers.mjs")

describe("Storefront security headers", () => {
  const ctx = useBrowserStack()
  const figures: string[] = []

  afterAll(() => {
    console.log(`storefront headers: ${figures.join("; ")}`)
  })

  it("allows only the store itself and the backend, Stripe only when configured, and no framing", async () => {
    const { contentSecurityPolicy, securityHeaders } = await policy()
    const plain = contentSecurityPolicy({ backendUrl: "https://api.karyalapas.id/" })
    expect(directive(plain, "default-src")).toEqual(["'self'"])
    expect(directive(plain, "script-src")).toEqual(["'self'"])
    expect(directive(plain, "connect-src")).toEqual(["'self'", "https://api.karyalapas.id"])
    expect(directive(plain, "img-src")).toContain("https://api.karyalapas.id")
    expect(directive(plain, "frame-src")).toEqual(["'none'"])
    expect(directive(plain, "frame-ancestors")).toEqual(["'none'"])
    expect(directive(plain, "object-src")).toEqual(["'none'"])
    expect(plain).not.toContain("stripe")
    expect(plain).not.toContain("unsafe-inline")
    expect(plain).not.toContain("unsafe-eval")

    const stripe = contentSecurityPolicy({ backendUrl: "https://api.karyalapas.id", stripe: true })
    expect(directive(stripe, "script-src")).toEqual(expect.arrayContaining(["'self'", "https://js.stripe.com"]))
    expect(directive(stripe, "frame-src")).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]))
    expect(directive(stripe, "connect-src")).toContain("https://api.stripe.com")
    expect(directive(stripe, "frame-ancestors")).toEqual(["'none'"])

    expect(securityHeaders({ backendUrl: "http://localhost:9000" })).not.toHaveProperty("Strict-Transport-Security")
    expect(securityHeaders({ backendUrl: "http://localhost:9000", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/)
  })

  it("sends the headers on the page, its assets and /config.json; HSTS only behind https", async () => {
    const { contentSecurityPolicy } = await policy()
    const base = ctx.demo.storefrontUrl
    const page = await fetch(base)
    const html = await page.text()
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
    expect(asset).toBeDefined()
    const answers = { "/": page, [asset!]: await fetch(base + asset), "/config.json": await fetch(`${base}/config.json`) }
    const backendUrl = ((await (await fetch(`${base}/config.json`)).json()) as { backendUrl: string }).backendUrl
    for (const [path, answer] of Object.entries(answers)) {
      expect(answer.status, path).toBe(200)
      expect(answer.headers.get("content-security-policy"), path).toBe(contentSecurityPolicy({ backendUrl }))
      expect(answer.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(answer.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin")
      expect(answer.headers.get("strict-transport-security"), path).toBeNull()
    }
    const proxied = await fetch(base, { headers: { "x-forwarded-proto": "https" } })
    expect(proxied.headers.get("strict-transport-security")).toMatch(/max-age=\d{8}/)
    figures.push(`CSP on ${Object.keys(answers).length} answers: ${page.headers.get("content-security-policy")}`)
  })

  it("renders the store with its images and no policy violation, and refuses to be framed", async () => {
    const page: Page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const violations: string[] = []
    page.on("console", (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text())
    })
    try {
      await page.goto(ctx.demo.storefrontUrl)
      await page.getByRole("article").first().waitFor()
      // product photos come from the backend's /static: they must load under img-src
      await page.waitForFunction(() => {
        const images = [...document.querySelectorAll("main img")] as HTMLImageElement[]
        return images.length > 0 && images.slice(0, 4).every((img) => img.complete && img.naturalWidth > 0)
      })
      const imageCount = await page.locator("main img").count()
      await page.getByRole("article").first().getByRole("link").first().click()
      await page.getByRole("heading", { level: 1 }).waitFor()
      await page.goto(`${ctx.demo.storefrontUrl}/akun/masuk`).catch(() => undefined)
      await page.waitForLoadState("networkidle")
      expect(violations).toEqual([])

      // a page on another origin (the backend's) that frames the store: the browser refuses to show it. The control
      // frames the same page with its two headers stripped, to show that the frame would otherwise run the store.
      const framer = await ctx.browser.newPage()
      const home = `${ctx.demo.storefrontUrl}/`
      const frameStore = async () => {
        const answered = framer.waitForResponse((r) => r.url() === home && r.request().resourceType() === "document")
        await framer.setContent(`<iframe src="${home}" width="400" height="300"></iframe>`)
        await answered
        const frame = framer.frames().find((f) => f !== framer.mainFrame())!
        // the app renders into #root only where the document was allowed to load
        return frame.waitForSelector("#root > *", { timeout: 10_000 }).then(
          () => true,
          () => false
        )
      }
      try {
        await framer.goto(`${ctx.demo.backendUrl}/health`)
        await framer.route(home, async (route) => {
          const response = await route.fetch()
          const headers = { ...response.headers() }
          delete headers["content-security-policy"]
          delete headers["x-frame-options"]
          await route.fulfill({ response, headers })
        })
        expect(await frameStore(), "the store without its headers, framed").toBe(true)
        await framer.unroute(home)
        expect(await frameStore(), "the store with its headers, framed").toBe(false)
      } finally {
        await framer.close()
      }
      figures.push(`${imageCount} product images loaded, 0 CSP violations, framing refused`)
    } finally {
      await page.close()
    }
  })
})
