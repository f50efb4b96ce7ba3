// Sign-in protection on the real stack: guessing is cut off with 429 and Retry-After (per email, per IP, on sign-in,
// register, reset and the guest order lookup), a success clears the email's count, expired tokens get 401, CORS
// answers only the storefront's and admin's origins, and every API answer carries the security headers.
//
// Each case sends its own X-Forwarded-For (Medusa trusts one proxy hop), so the cases' IP counters stay apart.
import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_CSR, DEMO_OPERATOR, DEMO_STAFF_PASSWORD, staff, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore } from "../../helpers/medusa"

const EMAIL_MAX = 10
const IP_MAX = 50
const WINDOW_SECONDS = 15 * 60

const manager = (facility: string) => staff.find((s) => s.facility === facility && s.role === "manager")!.email
const from = (ip: string, extra: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...extra } })

/** An HS256 JWT signed with the backend's secret: the test forges tokens exactly as the backend would sign them. */
function signJwt(payload: object, secret: string) {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  const body = `${b64({ alg: "HS256", typ: "JWT" })}.${b64(payload)}`
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`
}
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown> & { iat: number; exp: number }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const figures: string[] = []

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    afterAll(() => {
      console.log(`auth: ${figures.join("; ")}`)
    })

    /** Status and headers of a request, whether it succeeds or not. */
    const attempt = async (promise: Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>) => {
      try {
        const response = await promise
        return { status: response.status, headers: response.headers, data: response.data as Record<string, unknown> }
      } catch (error) {
        const response = (error as { response?: { status: number; headers: Record<string, unknown>; data: Record<string, unknown> } }).response
        if (!response) throw error
        return response
      }
    }
    const signIn = (actor: string, email: string, password: string, ip: string) =>
      attempt(api.post(`/auth/${actor}/emailpass`, { email, password }, from(ip)))

    it("answers 429 with Retry-After after 10 failed sign-ins for one email, from any IP, and leaves other emails alone", async () => {
      const target = manager("lapas-perempuan-jambi")
      const statuses: number[] = []
      for (let i = 0; i < EMAIL_MAX; i++) statuses.push((await signIn("facility_staff", target, `salah-${i}`, "10.1.0.1")).status)
      expect(statuses).toEqual(Array(EMAIL_MAX).fill(401))

      const blocked = await signIn("facility_staff", target, "salah-lagi", "10.1.0.1")
      expect(blocked.status).toBe(429)
      expect(blocked.data).toMatchObject({ type: "too_many_requests" })
      expect(String(blocked.data.message)).toMatch(/too many attempts/i)
      const retryAfter = Number(blocked.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60)
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)
      // the right password does not get through the lockout either, nor does another IP for the same email
      expect((await signIn("facility_staff", target, DEMO_STAFF_PASSWORD, "10.1.0.1")).status).toBe(429)
      expect((await signIn("facility_staff", target, DEMO_STAFF_PASSWORD, "10.1.0.2")).status).toBe(429)
      expect(blocked.data).not.toHaveProperty("token")

      // another email from the same IP is not affected, nor the same address as another actor
      const other = await signIn("facility_staff", manager("lpp-palembang"), DEMO_STAFF_PASSWORD, "10.1.0.1")
      expect(other.status).toBe(200)
      expect(other.data.token).toEqual(expect.any(String))
      expect((await signIn("customer", target, "salah", "10.1.0.1")).status).toBe(401)
      figures.push(`sign-in ${EMAIL_MAX} failures then 429 (Retry-After ${retryAfter} s)`)
    })

    it("clears an email's failures on a successful sign-in", async () => {
      const ip = "10.2.0.1"
      for (let i = 0; i < EMAIL_MAX - 1; i++) expect((await signIn("csr_staff", DEMO_CSR.email, `salah-${i}`, ip)).status).toBe(401)
      expect((await signIn("csr_staff", DEMO_CSR.email, DEMO_CSR.password, ip)).status).toBe(200)
      // a fresh count: ten more failures before the lockout
      for (let i = 0; i < EMAIL_MAX; i++) expect((await signIn("csr_staff", DEMO_CSR.email, `lagi-${i}`, ip)).status).toBe(401)
      expect((await signIn("csr_staff", DEMO_CSR.email, DEMO_CSR.password, ip)).status).toBe(429)
      figures.push(`${EMAIL_MAX - 1} failures + success reset the count (${EMAIL_MAX} more allowed)`)
    })

    it("limits one IP to 50 failures across many emails, and only that IP", async () => {
      const ip = "10.3.0.1"
      for (let i = 0; i < IP_MAX; i++) {
        expect((await signIn("customer", `tebak-${i}@example.com`, "salah", ip)).status, `attempt ${i + 1}`).toBe(401)
      }
      const blocked = await signIn("customer", "tebak-baru@example.com", "salah", ip)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect((await signIn("customer", "tebak-baru@example.com", "salah", "10.3.0.2")).status).toBe(401)
      figures.push(`IP ${IP_MAX} failures over ${IP_MAX} emails then 429`)
    })

    it("ends the lockout when the window ends", async () => {
      const before = process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS
      process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS = "2" // the server runs in this process and reads it per request
      try {
        const email = "jendela@example.com"
        for (let i = 0; i < EMAIL_MAX; i++) await signIn("customer", email, "salah", "10.4.0.1")
        const blocked = await signIn("customer", email, "salah", "10.4.0.1")
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(2)
        await new Promise((resolve) => setTimeout(resolve, 2_100))
        expect((await signIn("customer", email, "salah", "10.4.0.1")).status).toBe(401)
      } finally {
        if (before === undefined) delete process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS
        else process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS = before
      }
    })

    it("limits register, password-reset requests and the guest order lookup too; bad input is not counted", async () => {
      const ip = "10.5.0.1"
      // register: an email that already has an identity fails, ten times, then 429
      await api.post("/auth/customer/emailpass/register", { email: "terdaftar@example.com", password: "rahasia-123" }, from("10.5.0.9"))
      const register = () => attempt(api.post("/auth/customer/emailpass/register", { email: "terdaftar@example.com", password: "lain-123" }, from(ip)))
      const registerStatuses: number[] = []
      for (let i = 0; i < EMAIL_MAX; i++) registerStatuses.push((await register()).status)
      expect(registerStatuses.every((s) => s !== 429 && s >= 400)).toBe(true)
      expect((await register()).status).toBe(429)

      // reset requests answer 201 whether or not the address exists: each one counts
      const reset = () => attempt(api.post("/auth/customer/emailpass/reset-password", { identifier: "korban@example.com" }, from("10.5.0.2")))
      for (let i = 0; i < EMAIL_MAX; i++) expect((await reset()).status).toBe(201)
      expect((await reset()).status).toBe(429)

      // order lookup: 400s (bad input) are not guesses; misses are
      const key = { "x-publishable-api-key": seed.publishableKey }
      const lookup = (body: object) => attempt(api.post("/store/orders/lookup", body, from("10.5.0.3", key)))
      for (let i = 0; i < 5; i++) expect((await lookup({ email: "bukan-email", display_id: 1 })).status).toBe(400)
      for (let i = 0; i < EMAIL_MAX; i++) expect((await lookup({ email: "penebak@example.com", display_id: 9000 + i })).status).toBe(404)
      const blocked = await lookup({ email: "penebak@example.com", display_id: 1 })
      expect(blocked.status).toBe(429)
      expect(JSON.stringify(blocked.data)).not.toContain("order")
      figures.push(`register, reset and lookup 429 after ${EMAIL_MAX}`)
    })

    it("signs tokens for 12 hours and refuses an expired one on a portal route and /store/customers/me", async () => {
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const secret = config.projectConfig.http.jwtSecret as string
      const key = { "x-publishable-api-key": seed.publishableKey }

      const staffToken = (await signIn("facility_staff", manager("lpp-palembang"), DEMO_STAFF_PASSWORD, "10.6.0.1")).data.token as string
      const staffClaims = payloadOf(staffToken)
      expect(staffClaims.exp - staffClaims.iat).toBe(12 * 3600)

      await api.post("/auth/customer/emailpass/register", { email: "kedaluwarsa@example.com", password: "rahasia-123" }, from("10.6.0.1"))
      const registration = (await signIn("customer", "kedaluwarsa@example.com", "rahasia-123", "10.6.0.1")).data.token as string
      await api.post("/store/customers", { email: "kedaluwarsa@example.com", first_name: "Kedaluwarsa" }, { headers: { ...key, authorization: `Bearer ${registration}` } })
      const customerToken = (await signIn("customer", "kedaluwarsa@example.com", "rahasia-123", "10.6.0.1")).data.token as string

      const now = Math.floor(Date.now() / 1000)
      const reSign = (token: string, exp: number) => signJwt({ ...payloadOf(token), iat: exp - 12 * 3600, exp }, secret)
      const portal = (token: string) => attempt(api.get("/portal/facility/me", { headers: { authorization: `Bearer ${token}` } }))
      const me = (token: string) => attempt(api.get("/store/customers/me", { headers: { ...key, authorization: `Bearer ${token}` } }))

      // the same claims, signed the same way, pass while unexpired: only the expiry makes the difference
      expect((await portal(reSign(staffToken, now + 60))).status).toBe(200)
      expect((await me(reSign(customerToken, now + 60))).data.customer).toMatchObject({ email: "kedaluwarsa@example.com" })

      const expiredPortal = await portal(reSign(staffToken, now - 60))
      const expiredMe = await me(reSign(customerToken, now - 60))
      expect(expiredPortal.status).toBe(401)
      expect(expiredMe.status).toBe(401)
      expect(JSON.stringify(expiredMe.data)).not.toContain("kedaluwarsa@example.com")
      expect(JSON.stringify(expiredPortal.data)).not.toContain("palembang")
      figures.push(`token lifetime ${(staffClaims.exp - staffClaims.iat) / 3600} h, expired token 401 (portal ${expiredPortal.status}, /store/customers/me ${expiredMe.status})`)
    })

    it("answers CORS only for the storefront's and admin's origins", async () => {
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const { storeCors, adminCors, authCors } = config.projectConfig.http
      const storefront = String(storeCors).split(",")[0]!
      const admin = String(adminCors).split(",")[0]!
      expect(String(authCors).split(",")).toEqual(expect.arrayContaining([storefront, admin]))

      const preflight = (path: string, origin: string, method = "GET") =>
        attempt(
          api.request({
            method: "OPTIONS",
            url: path,
            headers: { origin, "access-control-request-method": method, "access-control-request-headers": "authorization,content-type" },
          })
        )
      const routes: [string, string[]][] = [
        ["/store/products", [storefront]],
        ["/portal/facility/me", [storefront]],
        ["/admin/products", [admin]],
        ["/auth/customer/emailpass", [storefront, admin]],
      ]
      const evil = "https://jahat.example.com"
      for (const [path, allowed] of routes) {
        for (const origin of allowed) {
          const answer = await preflight(path, origin, path.startsWith("/auth") ? "POST" : "GET")
          expect(answer.headers["access-control-allow-origin"], `${origin} ${path}`).toBe(origin)
        }
        const refused = await preflight(path, evil, path.startsWith("/auth") ? "POST" : "GET")
        expect(refused.headers["access-control-allow-origin"], `${evil} ${path}`).toBeUndefined()
        // a plain request from the other origin gets an answer a browser will not hand to its script
        const plain = await attempt(api.get(path, { headers: { origin: evil, "x-publishable-api-key": seed.publishableKey } }))
        expect(plain.headers["access-control-allow-origin"], `${evil} GET ${path}`).toBeUndefined()
      }
      // the admin's origin is not a storefront origin: it gets nothing on the store routes unless configured so
      if (!String(storeCors).split(",").includes(admin)) {
        expect((await preflight("/store/products", admin)).headers["access-control-allow-origin"]).toBeUndefined()
      }
      figures.push(`CORS ${routes.length} route groups: ${storefront} and ${admin} allowed, ${evil} refused`)
    })

    it("sends the security headers on API answers, and HSTS only over https", async () => {
      const key = { "x-publishable-api-key": seed.publishableKey }
      const answers = {
        "GET /store/products": await attempt(api.get("/store/products?limit=1", { headers: key })),
        "GET /portal/facility/me (401)": await attempt(api.get("/portal/facility/me")),
        "POST /auth/customer/emailpass (401)": await signIn("customer", "kepala@example.com", "salah", "10.7.0.1"),
        "GET /admin/products": await attempt(
          api.get("/admin/products?limit=1", { headers: { authorization: `Bearer ${(await signIn("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password, "10.7.0.2")).data.token}` } })
        ),
      }
      for (const [name, answer] of Object.entries(answers)) {
        expect(answer.headers["content-security-policy"], name).toMatch(/default-src 'none'/)
        expect(answer.headers["content-security-policy"], name).toMatch(/frame-ancestors 'none'/)
        expect(answer.headers["x-content-type-options"], name).toBe("nosniff")
        expect(answer.headers["referrer-policy"], name).toBe("strict-origin-when-cross-origin")
        expect(answer.headers["strict-transport-security"], name).toBeUndefined()
      }
      const https = await attempt(api.get("/store/products?limit=1", { headers: { ...key, "x-forwarded-proto": "https" } }))
      expect(https.headers["strict-transport-security"]).toMatch(/max-age=\d{8}/)
      figures.push(`security headers on ${Object.keys(answers).length} routes, HSTS only behind https`)
    })
  },
})
