// Scale-out on Redis (issue 10): the built backend as `npm run start:cluster` runs it, on this file's database: a
// Redis of its own, two servers (MEDUSA_WORKER_MODE=server) and a worker (MEDUSA_WORKER_MODE=worker) as separate
// processes, the load balancer in front of the servers. The test-only probe subscriber
// (backend/src/subscribers/event-probe.ts, on with KARYA_EVENT_PROBE) counts in Redis which process handled each
// product.updated and payment.captured.
//   a. a product renamed through the balancer: product.updated is handled once, by the worker, and the search index
//      of both servers has the new name;
//   c. the store's response cache lives in Redis: a rename on server A reaches the cached answers of A and B;
//   b. the split of a captured payment survives kill -9: of the server that captured it right after it answered, and
//      of the worker in the middle of a batch of payment.captured events (BullMQ hands the stalled event to the new
//      worker): every payment ends with exactly its split.
// The runner restores the database between tests (terminating every connection to it): the cluster's processes
// reconnect, their cache is emptied, and each test uses its own products and orders.
import crypto from "node:crypto"
import fs from "node:fs"
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, type SeedResult } from "@karya/seed"
import { startCluster, startOwnRedis, until, type Cluster, type Instance, type OwnRedis } from "../../helpers/cluster"
import { backendDir, seedStore } from "../../helpers/medusa"

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const NASTAR = { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250", price: 75_000 } // Jambi, no motif
const ANGSO = { handle: "batik-cap-angso-duo", sku: "KL-JMB-BC-ANGSO", price: 225_000 } // Jambi, a royalty motif
const BATCH = 8
const CHECKOUTS = 5

type Raw = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
type Placed = { id: string; total: number; goods: number; paymentId: string }
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
/** knex spreads a JS array binding into a list; PostgreSQL's `any` wants one array: Medusa ids need no quoting. */
const pgArray = (ids: string[]) => `{${ids.join(",")}}`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const t0 = Date.now()
// SCALE_TRACE=<file>: the phases with their times, written at once (vitest holds console output until the end)
const trace = (what: string) => process.env.SCALE_TRACE && fs.appendFileSync(process.env.SCALE_TRACE, `scale-out +${Date.now() - t0} ms: ${what}\n`)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer, dbConnection, dbConfig }) => {
    let seed: SeedResult
    let redis: OwnRedis
    let cluster: Cluster
    const db = dbConnection as unknown as Raw
    // one run's counters: the Redis is the test's own, the prefix keeps them apart from anything else in it
    const probe = `karya:probe:${crypto.randomBytes(4).toString("hex")}:`

    beforeAll(async () => {
      trace("runner ready")
      seed = await seedStore(getContainer())
      trace("seeded")
      redis = await startOwnRedis()
      const started = Date.now()
      cluster = await startCluster({ databaseUrl: dbConfig.clientUrl, redisUrl: redis.url, env: { KARYA_EVENT_PROBE: probe } })
      trace("cluster ready")
      console.log(`scale-out: 2 servers and a worker ready in ${Date.now() - started} ms, Redis ${redis.url}, balancer ${cluster.balancer.url}`)
    })

    beforeEach(async () => {
      // the runner restored the database behind the cluster's back (integration-runner.ts empties the runner's own
      // cache): the cluster's cache, in this Redis, goes too
      const keys = (await redis?.client.keys("karya:cache:*")) ?? []
      if (keys.length) await redis.client.del(...keys)
    })

    afterAll(async () => {
      // never leave a process on a database the runner is about to drop
      if (cluster) {
        await cluster.balancer.close().catch(() => {})
        for (const i of cluster.started) await i.kill9()
      }
      await redis?.stop()
    })

    /** A request to `base` (the balancer or one instance): JSON in and out, the answering instance and X-Cache. */
    async function call(base: string, method: string, url: string, options: { body?: unknown; token?: string; store?: boolean } = {}) {
      const headers: Record<string, string> = {}
      if (options.body !== undefined) headers["content-type"] = "application/json"
      if (options.token) headers.authorization = `Bearer ${options.token}`
      if (options.store !== false && url.startsWith("/store")) headers["x-publishable-api-key"] = seed.publishableKey
      const res = await fetch(`${base}${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
      const text = await res.text()
      let data: Json = {}
      try {
        data = JSON.parse(text)
      } catch {
        data = { text }
      }
      return { status: res.status, data, instance: res.headers.get("x-karya-instance"), cache: res.headers.get("x-cache") }
    }
    const ok = async (...args: Parameters<typeof call>) => {
      const res = await call(...args)
      if (res.status >= 300) throw new Error(`${args[1]} ${args[2]} → ${res.status} ${JSON.stringify(res.data)}`)
      return res
    }

    const operatorToken = async (base: string) =>
      (await ok(base, "POST", "/auth/user/emailpass", { body: { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password } })).data.token as string

    async function productByHandle(base: string, handle: string) {
      const { data } = await ok(base, "GET", `/store/products?handle=${handle}&fields=id,title,variants.id,variants.sku`)
      return data.products[0] as { id: string; title: string; variants: { id: string; sku: string }[] }
    }

    /** Deliveries of `event` for `id` counted by the probe: { "worker:<pid>": n, … }. */
    async function deliveries(event: string, id: string): Promise<Record<string, number>> {
      const raw = await redis.client.hgetall(`${probe}${event}:${id}`)
      return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]))
    }
    const total = (d: Record<string, number>) => Object.values(d).reduce((s, n) => s + n, 0)

    /** Every server answers (after the runner's restore between tests terminated their connections). */
    async function serversAnswer() {
      for (const s of cluster.servers.filter((i) => i.child.exitCode === null && i.child.signalCode === null)) {
        await until(() => call(s.url, "GET", "/store/products?limit=1&fields=id").then((r) => r.status, () => 0), (st) => st === 200, 30_000, 250)
      }
    }

    it("a. handles an event once, on the worker, and both servers search the renamed product", async () => {
      trace("a: start")
      await serversAnswer()
      trace("a: servers answer")
      const base = cluster.balancer.url
      const token = await operatorToken(base)
      const product = await productByHandle(base, "kastengel-keju-lapuanja")
      const word = `Zamrudkencana${crypto.randomBytes(2).readUInt16BE(0) % 1000}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)
      const renamed = await ok(base, "POST", `/admin/products/${product.id}`, { token, body: { title: `Kastengel Keju ${word}` } })
      expect(renamed.data.product.title).toBe(`Kastengel Keju ${word}`)

      // the worker picks the event up within moments; then wait a little more for any second delivery
      const first = await until(() => deliveries("product.updated", product.id), (d) => total(d) > 0, 15_000)
      await sleep(3_000)
      const counted = await deliveries("product.updated", product.id)

      // the search index, read through each server directly (the worker's subscriber refreshed it)
      const searched: Record<string, number> = {}
      for (const server of cluster.servers) {
        const { ms } = await until(
          () => call(server.url, "GET", `/store/search?q=${word}`).then((r) => r.data),
          (d) => Array.isArray(d.hits) && d.hits.some((h: { id: string }) => h.id === product.id),
          15_000,
          200
        )
        searched[server.name] = ms
      }
      const byRole = Object.keys(counted).map((k) => k.split(":")[0])
      console.log(
        `scale-out a: product.updated delivered ${total(counted)} time(s) ${JSON.stringify(counted)} (worker pid ${cluster.worker.child.pid}), ` +
          `first delivery seen after ${first.ms} ms (renamed via ${renamed.instance}); search found "${word}" on ${Object.entries(searched).map(([s, ms]) => `${s} after ${ms} ms`).join(", ")}`
      )
      expect(total(counted)).toBe(1)
      expect(byRole).toEqual(["worker"])
      expect(counted[`worker:${cluster.worker.child.pid}`]).toBe(1)
    }, 90_000)

    it("c. a cache invalidation on one server reaches the other's cached answers", async () => {
      trace("c: start")
      await serversAnswer()
      trace("c: servers answer")
      const [a, b] = cluster.servers as [Instance, Instance]
      const product = await productByHandle(a.url, "tote-bag-batik-lapuanja")
      const url = `/store/products?handle=tote-bag-batik-lapuanja&fields=id,title`
      const seen: string[] = []
      for (const server of [a, a, b, b]) {
        const res = await ok(server.url, "GET", url)
        expect(res.data.products[0].title).toBe(product.title)
        seen.push(`${server.name} ${res.cache}`)
      }
      // the second answer of each server comes from the cache (shared in Redis: B's first one already does)
      expect([seen[1], seen[3]]).toEqual([`${a.name} HIT`, `${b.name} HIT`])

      trace("c: cached")
      const title = `Tote Bag Batik Lapuanja ${crypto.randomBytes(3).toString("hex")}`
      const token = await operatorToken(a.url)
      const renamedAt = Date.now()
      await ok(a.url, "POST", `/admin/products/${product.id}`, { token, body: { title } })
      const fresh: Record<string, number> = {}
      await Promise.all(
        [a, b].map(async (server) => {
          await until(() => ok(server.url, "GET", url).then((r) => r.data.products[0].title), (t) => t === title, 15_000, 50)
          fresh[server.name] = Date.now() - renamedAt
        })
      )
      console.log(`scale-out c: before the rename ${seen.join(", ")}; the new title on ${Object.entries(fresh).map(([s, ms]) => `${s} after ${ms} ms`).join(", ")}`)
    }, 60_000)

    it("b. every captured payment gets exactly its split when the server that captured it and the worker are killed -9", async () => {
      trace("b: start")
      await serversAnswer()
      trace("b: servers answer")
      const started = Date.now()
      const base = cluster.balancer.url
      const variants = new Map<string, string>()
      for (const item of [NASTAR, ANGSO]) {
        const p = await productByHandle(base, item.handle)
        variants.set(item.sku, p.variants.find((v) => v.sku === item.sku)!.id)
      }

      /** The storefront's checkout with the bank transfer, through the balancer: the order awaits payment. */
      async function placeOrder(items: (typeof NASTAR)[], n: number): Promise<Omit<Placed, "paymentId">> {
        const t = Date.now()
        // an email of its own: checkouts at once with one email race to create the same guest customer (a 400)
        const { data: cart } = await ok(base, "POST", "/store/carts", { body: { region_id: seed.regionId, email: `cluster.pembeli.${n}@example.com` } })
        const id = cart.cart.id as string
        for (const item of items) await ok(base, "POST", `/store/carts/${id}/line-items`, { body: { variant_id: variants.get(item.sku), quantity: 1 } })
        await ok(base, "POST", `/store/carts/${id}`, {
          body: { shipping_address: { first_name: "Sari", last_name: "Pembeli", address_1: "Jl. Sudirman 1", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "081200002222" } },
        })
        const { data: options } = await ok(base, "GET", `/store/shipping-options?cart_id=${id}`)
        await ok(base, "POST", `/store/carts/${id}/shipping-methods`, { body: { option_id: options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler").id } })
        const { data: pc } = await ok(base, "POST", "/store/payment-collections", { body: { cart_id: id } })
        await ok(base, "POST", `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { body: { provider_id: BANK_TRANSFER } })
        const beforeComplete = Date.now()
        const { data: completed } = await ok(base, "POST", `/store/carts/${id}/complete`, { body: {} })
        trace(`b: order in ${Date.now() - t} ms, complete ${Date.now() - beforeComplete} ms`)
        expect(completed.type).toBe("order")
        return { id: completed.order.id, total: Number(completed.order.total), goods: items.reduce((s, i) => s + i.price, 0) }
      }

      // 1 + BATCH orders, CHECKOUTS at a time over both servers (they queue for the same stocked items' locks)
      const placed: Omit<Placed, "paymentId">[] = []
      const baskets = Array.from({ length: 1 + BATCH }, (_, i) => (i % 2 ? [NASTAR] : [NASTAR, ANGSO]))
      for (let i = 0; i < baskets.length; i += CHECKOUTS) {
        placed.push(...(await Promise.all(baskets.slice(i, i + CHECKOUTS).map((items, j) => placeOrder(items, i + j)))))
        trace(`b: ${placed.length} orders placed`)
      }
      const { rows: paymentRows } = await db.raw(
        `select opc.order_id, p.id as payment_id from order_payment_collection opc
           join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
          where opc.deleted_at is null and opc.order_id = any(?::text[])`,
        [pgArray(placed.map((o) => o.id))]
      )
      const paymentOf = new Map(paymentRows.map((r) => [String(r.order_id), String(r.payment_id)]))
      const orders: Placed[] = placed.map((o) => ({ ...o, paymentId: paymentOf.get(o.id)! }))
      expect(orders.every((o) => o.paymentId)).toBe(true)
      const placedMs = Date.now() - started

      /** Per payment: its sale entries (count, sum) and whether any is written twice. */
      async function ledger(payments: Placed[]) {
        const { rows } = await db.raw(
          `select p.id, count(e.id) as entries, coalesce(sum(e.amount), 0) as amount
             from payment p left join ledger_entry e on e.payment_id = p.id and e.kind = 'sale'
            where p.id = any(?::text[]) group by p.id`,
          [pgArray(payments.map((o) => o.paymentId))]
        )
        const { rows: twice } = await db.raw(
          `select payment_id from ledger_entry where payment_id = any(?::text[]) and kind = 'sale'
            group by payment_id, line_item_id, account_type, account_id, share having count(*) > 1`,
          [pgArray(payments.map((o) => o.paymentId))]
        )
        const byId = new Map(rows.map((r) => [String(r.id), { entries: Number(r.entries), amount: Number(r.amount) }]))
        const split = payments.filter((o) => byId.get(o.paymentId)!.entries > 0)
        const exact = payments.filter((o) => byId.get(o.paymentId)!.amount === o.goods)
        return { byId, split: split.length, exact: exact.length, entries: rows.reduce((s, r) => s + Number(r.entries), 0), duplicates: twice.length }
      }
      const confirm = (url: string, token: string, order: Placed) =>
        call(url, "POST", `/admin/transfers/${order.id}/confirm`, { token, body: { amount_received: order.total } })

      // --- 1. server A captures and is killed -9 the moment it has answered; the worker splits, once
      const [a] = cluster.servers as [Instance, Instance]
      const single = orders[0]!
      const tokenA = await operatorToken(a.url)
      const answer = await confirm(a.url, tokenA, single)
      await a.kill9()
      expect(answer.status).toBe(200)
      const afterA = await until(() => ledger([single]), (l) => l.split === 1, 30_000, 100)
      await sleep(2_000) // a second split, if any, would land now
      const singleLedger = await ledger([single])
      const singleDeliveries = await deliveries("payment.captured", single.paymentId)
      console.log(
        `scale-out b1: confirmed on ${a.name} (${answer.data.outcome}), killed -9 after its answer; the worker split it ${afterA.ms} ms later: ` +
          `${singleLedger.entries} sale entries, ${singleLedger.byId.get(single.paymentId)!.amount} of ${single.goods}, duplicates ${singleLedger.duplicates}; payment.captured ${JSON.stringify(singleDeliveries)}`
      )
      expect(singleLedger).toMatchObject({ split: 1, exact: 1, duplicates: 0 })
      expect(Object.keys(singleDeliveries)).toEqual([`worker:${cluster.worker.child.pid}`])

      // --- 2. BATCH confirmations at once (the balancer skips the dead A); the worker is killed -9 while it splits
      const batch = orders.slice(1)
      const token = await operatorToken(base)
      const oldWorker = cluster.worker
      const confirming = Promise.all(batch.map((o) => confirm(base, token, o)))
      // the moment: a payment.captured the worker has started on (the probe counted it) whose split is not written yet,
      // once the first entries of the batch are in the ledger
      const startedOn = async (o: Placed) => total(await deliveries("payment.captured", o.paymentId)) > 0
      let atKill = await ledger(batch)
      const deadline = Date.now() + 60_000
      for (;;) {
        atKill = await ledger(batch)
        if (atKill.split === batch.length) break
        if (atKill.split > 0) {
          const unsplit = batch.filter((o) => atKill.byId.get(o.paymentId)!.entries === 0)
          if ((await Promise.all(unsplit.map(startedOn))).some(Boolean)) break
        }
        if (Date.now() > deadline) throw new Error(`no split of the batch within 60 s: ${JSON.stringify(atKill)}`)
        await sleep(10)
      }
      await oldWorker.kill9()
      const killedAt = Date.now()
      trace(`b: worker killed at ${atKill.split} split`)
      await sleep(500) // a commit already on its way when the process died lands now
      // the events the old worker had started and not finished: delivered to it, no split written
      const afterKill = await ledger(batch)
      const inFlight: string[] = []
      for (const o of batch) {
        if (afterKill.byId.get(o.paymentId)!.entries > 0) continue
        if ((await deliveries("payment.captured", o.paymentId))[`worker:${oldWorker.child.pid}`]) inFlight.push(o.paymentId)
      }
      const answers = await confirming
      const answeredBy = [...new Set(answers.map((r) => r.instance))]
      expect(answers.map((r) => r.status)).toEqual(batch.map(() => 200))
      const beforeRestart = await ledger(batch)

      const newWorker = await cluster.startWorker()
      trace("b: new worker up")
      const restartMs = Date.now() - killedAt
      const done = await until(() => ledger(batch), (l) => l.split === batch.length, 90_000, 250)
      await sleep(3_000) // a second split of any payment would land now
      const final = await ledger(batch)
      const perPayment = await Promise.all(batch.map(async (o) => ({ id: o.paymentId, d: await deliveries("payment.captured", o.paymentId) })))
      const retried = perPayment.filter(({ d }) => Object.keys(d).length > 1)
      const repairedByJob = /repaired the ledger: (\d+) sale/.exec(newWorker.output())?.[1] ?? "0"
      console.log(
        `scale-out b2: ${batch.length} confirmations at once (answered by ${answeredBy.join(", ")}), worker killed -9 at ${atKill.split}/${batch.length} split ` +
          `(${inFlight.length ? `${inFlight.length} payment.captured in flight` : "between two events"}), ${beforeRestart.split} split before the new worker; new worker up in ${restartMs} ms, ` +
          `all ${final.split} split ${Date.now() - killedAt - 3_000} ms after the kill; ${final.entries} entries, ${final.exact}/${batch.length} exact, duplicates ${final.duplicates}; ` +
          `payment.captured delivered to both workers (BullMQ's stalled-job retry): ${retried.length} ${JSON.stringify(retried.map((r) => r.d))}; ledger repair job ${repairedByJob}; ` +
          `${Math.round((Date.now() - started) / 1000)} s in all (${Math.round(placedMs / 1000)} s placing ${orders.length} orders)`
      )
      expect(done.value.split).toBe(batch.length)
      expect({ exact: final.exact, duplicates: final.duplicates }).toEqual({ exact: batch.length, duplicates: 0 })
      expect(answeredBy).toEqual([cluster.servers[1]!.name])
      // the event the worker was killed in was handed to the new worker
      for (const id of inFlight) {
        const d = perPayment.find((p) => p.id === id)!.d
        expect(d[`worker:${newWorker.child.pid}`]).toBeGreaterThan(0)
      }
      // nothing else split these payments: no server handled a payment.captured
      for (const { d } of perPayment) expect(Object.keys(d).every((k) => k.startsWith("worker:"))).toBe(true)
    }, 240_000)
  },
})
