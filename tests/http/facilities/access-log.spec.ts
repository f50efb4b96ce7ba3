// The participant access log: every portal or admin read of a participant's private fields (legal name,
// registration number) is written down — who, when, which participant, through which route — and only the facility's
// managers and the platform operators may read the log.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, staff } from "@karya/seed"
import { backendDir, expectError, seedStore } from "../../helpers/medusa"

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const email = (facility: string, role: "manager" | "staff") => staff.find((s) => s.facility === facility && s.role === role)!.email
const JAMBI = "lapas-perempuan-jambi"

type Entry = {
  id: string
  actor: { type: string; id: string; email: string | null }
  participant_id: string
  participant: { id: string; display_name: string | null }
  facility_id: string
  fields: string[]
  route: string
  created_at: string
}
type Log = { entries: Entry[]; count: number; limit: number; offset: number }

// test-utils restores the seeded database before every test: each test makes the reads it then looks for.
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const tokens: Record<string, string> = {}
    const ids: Record<string, string> = {}

    const signIn = async (actor: string, address: string, password: string) =>
      (await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token as string
    const as = (who: string) => bearer(tokens[who]!)
    const portalLog = async (who: string, query = "") =>
      (await api.get(`/portal/facility/participants/access-log${query}`, as(who))).data as Log
    const adminLog = async (query = "") => (await api.get(`/admin/participants/access-log${query}`, as("operator"))).data as Log

    beforeAll(async () => {
      await seedStore(getContainer())
      tokens.jambi = await signIn("facility_staff", email(JAMBI, "manager"), DEMO_STAFF_PASSWORD)
      tokens.jambiStaff = await signIn("facility_staff", email(JAMBI, "staff"), DEMO_STAFF_PASSWORD)
      tokens.palembang = await signIn("facility_staff", email("lpp-palembang", "manager"), DEMO_STAFF_PASSWORD)
      tokens.operator = await signIn("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      ids.jambiStaff = (await api.get("/portal/facility/me", as("jambiStaff"))).data.staff.id
      ids.jambi = (await api.get("/portal/facility/me", as("jambi"))).data.staff.id
    })

    it("starts empty: signing in and the dashboard read no private fields", async () => {
      await api.get("/portal/facility/dashboard", as("jambiStaff"))
      expect((await portalLog("jambi")).count).toBe(0)
      expect((await adminLog()).count).toBe(0)
    })

    it("a participant's detail read by staff writes one row naming her, the participant, the fields and the route", async () => {
      const { data: list } = await api.get("/portal/facility/participants?limit=1", as("jambi"))
      const target = list.participants[0] as { id: string; display_name: string }
      const before = (await portalLog("jambi", `?participant_id=${target.id}`)).count
      const started = Date.now()

      await api.get(`/portal/facility/participants/${target.id}`, as("jambiStaff"))

      const log = await portalLog("jambi", `?participant_id=${target.id}`)
      expect(log.count).toBe(before + 1)
      const [row] = log.entries
      expect(row).toMatchObject({
        actor: { type: "facility_staff", id: ids.jambiStaff, email: email(JAMBI, "staff") },
        participant_id: target.id,
        participant: { id: target.id, display_name: target.display_name },
        fields: ["legal_name", "registration_number"],
        route: `GET /portal/facility/participants/${target.id}`,
      })
      expect(new Date(row!.created_at).getTime()).toBeGreaterThanOrEqual(started - 2000)
      // the log itself never repeats what it protects
      const seeded = participants.find((p) => p.display_name === target.display_name)!
      expect(JSON.stringify(log)).not.toContain(seeded.legal_name)
      expect(JSON.stringify(log)).not.toContain(seeded.registration_number)
    })

    it("a list read writes one row per participant returned, and a change logs only the answer, not its check", async () => {
      const before = (await portalLog("jambi")).count
      const { data } = await api.get("/portal/facility/participants?limit=3", as("jambi"))
      const returned = (data.participants as { id: string }[]).map((p) => p.id)
      expect(returned).toHaveLength(3)
      const after = await portalLog("jambi", "?limit=3")
      expect(after.count).toBe(before + 3)
      expect(after.entries.map((e) => e.participant_id).sort()).toEqual([...returned].sort())
      expect(after.entries.every((e) => e.actor.id === ids.jambi && e.route === "GET /portal/facility/participants")).toBe(true)

      await api.post(`/portal/facility/participants/${returned[0]}`, { skills: ["menjahit"] }, as("jambiStaff"))
      const changed = await portalLog("jambi")
      expect(changed.count).toBe(before + 4)
      expect(changed.entries[0]).toMatchObject({ participant_id: returned[0], route: `POST /portal/facility/participants/${returned[0]}` })
    })

    it("a statement (JSON, CSV or PDF) logs a row, from the portal and from the admin", async () => {
      const target = (await api.get("/portal/facility/participants?limit=1", as("jambi"))).data.participants[0].id as string
      const month = new Date().toISOString().slice(0, 7)
      const before = (await adminLog(`?participant_id=${target}`)).count
      await api.get(`/portal/facility/revenue/statements/${target}?month=${month}&format=csv`, as("jambiStaff"))
      const facilityId = (await api.get("/portal/facility/me", as("jambi"))).data.facility.id
      await api.get(`/admin/revenue/facilities/${facilityId}/statements/${target}?month=${month}`, as("operator"))
      const log = await adminLog(`?participant_id=${target}`)
      expect(log.count).toBe(before + 2)
      expect(log.entries[0]).toMatchObject({ actor: { type: "user", email: DEMO_OPERATOR.email }, facility_id: facilityId })
      expect(log.entries[0]!.route).toBe(`GET /admin/revenue/facilities/${facilityId}/statements/${target}`)
      expect(log.entries[1]).toMatchObject({ actor: { type: "facility_staff", id: ids.jambiStaff } })
      expect(log.entries[1]!.route).toBe(`GET /portal/facility/revenue/statements/${target}`)
      // a statement that is not found is not a read
      await expectError(api.get(`/portal/facility/revenue/statements/ptc_tidak_ada?month=${month}`, as("jambiStaff")))
      expect((await adminLog("?participant_id=ptc_tidak_ada")).count).toBe(0)
    })

    it("the balances overview, which names every participant, logs one row per participant it lists", async () => {
      const facilityId = (await api.get("/portal/facility/me", as("jambi"))).data.facility.id
      const before = (await adminLog()).count
      const { data } = await api.get("/portal/facility/revenue", as("jambiStaff"))
      const listed = (data.participants as { participant_id: string }[]).map((p) => p.participant_id)
      expect(listed.length).toBeGreaterThan(0)
      const portal = await adminLog(`?limit=${listed.length}`)
      expect(portal.count).toBe(before + listed.length)
      expect(portal.entries.map((e) => e.participant_id).sort()).toEqual([...listed].sort())
      expect(portal.entries.every((e) => e.route === "GET /portal/facility/revenue" && e.facility_id === facilityId)).toBe(true)
      await api.get(`/admin/revenue/facilities/${facilityId}`, as("operator"))
      const admin = await adminLog(`?limit=1`)
      expect(admin.count).toBe(before + 2 * listed.length)
      expect(admin.entries[0]).toMatchObject({ actor: { type: "user", email: DEMO_OPERATOR.email }, route: `GET /admin/revenue/facilities/${facilityId}` })
    })

    it("only the facility's managers and the operators read the log; staff get 403, another facility sees none of it", async () => {
      const refused = await expectError(api.get("/portal/facility/participants/access-log", as("jambiStaff")))
      expect(refused.status).toBe(403)
      expect((await expectError(api.get("/portal/facility/participants/access-log"))).status).toBe(401)
      expect((await expectError(api.get("/admin/participants/access-log"))).status).toBe(401)
      expect((await expectError(api.get("/admin/participants/access-log", as("jambi")))).status).toBe(401)

      // the database is restored before every test: make the reads this test looks for
      await api.get("/portal/facility/participants?limit=4", as("jambiStaff"))
      const jambi = await portalLog("jambi", "?limit=200")
      expect(jambi.count).toBe(4)
      const jambiParticipant = jambi.entries[0]!.participant_id
      const other = await portalLog("palembang", "?limit=200")
      expect(other.entries.some((e) => e.facility_id === jambi.entries[0]!.facility_id)).toBe(false)
      expect((await portalLog("palembang", `?participant_id=${jambiParticipant}`)).count).toBe(0)

      // palembang's own reads are hers to see, and the operator sees both facilities
      await api.get("/portal/facility/participants?limit=2", as("palembang"))
      expect((await portalLog("palembang")).count).toBe(other.count + 2)
      const all = await adminLog("?limit=200")
      expect(all.count).toBe(jambi.count + other.count + 2)
      expect(new Set(all.entries.map((e) => e.facility_id)).size).toBe(2)
      expect((await adminLog(`?facility_id=${jambi.entries[0]!.facility_id}&limit=1`)).count).toBe(jambi.count)
    })

    it("pages newest first and answers bad input with 400 naming the field", async () => {
      await api.get("/portal/facility/participants?limit=2", as("jambi"))
      await api.get("/portal/facility/participants?limit=3&offset=2", as("jambi"))
      const first = await portalLog("jambi", "?limit=2&offset=0")
      const second = await portalLog("jambi", "?limit=2&offset=2")
      expect(first.entries).toHaveLength(2)
      expect(first.count).toBe(5)
      expect(first.limit).toBe(2)
      expect(second.offset).toBe(2)
      expect(first.entries.map((e) => e.id)).not.toContain(second.entries[0]!.id)
      expect(new Date(first.entries[0]!.created_at) >= new Date(second.entries[0]!.created_at)).toBe(true)
      for (const [query, field] of [["?limit=0", "limit"], ["?offset=-1", "offset"], ["?participant=x", "participant"]]) {
        const response = await expectError(api.get(`/portal/facility/participants/access-log${query}`, as("jambi")))
        expect(response.status, query).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const admin = await expectError(api.get("/admin/participants/access-log?limit=abc", as("operator")))
      expect(admin.status).toBe(400)
      expect(admin.data.message).toContain("limit")
    })
  },
})
