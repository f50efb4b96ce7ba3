import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { formatRupiah } from "../../lib/rupiah"
import { DEFAULT_TEMPLATE, partKey, reverseRefund, templateProblem, type AccountType, type Part, type Template } from "../../lib/split"
import { LedgerEntry } from "./models/ledger-entry"
import { SplitTemplate } from "./models/split-template"

export type LedgerKind = "sale" | "refund" | "payout" | "adjustment"
export type PayoutMethod = "savings_account" | "handed_at_release" | "held_by_facility"

/** What the split of one line item writes: its parts and where they come from. */
export type SaleLine = {
  order_id: string
  line_item_id: string
  product_id: string | null
  facility_id: string
  template_version: number
  parts: Part[]
}

export type NewEntry = {
  idempotency_key: string
  kind: LedgerKind
  account_type: AccountType
  account_id: string
  share: Part["share"] | null
  amount: number
  facility_id: string
  occurred_at: Date
  product_id?: string | null
  motif_id?: string | null
  order_id?: string | null
  line_item_id?: string | null
  payment_id?: string | null
  refund_id?: string | null
  template_version?: number | null
  payout_method?: PayoutMethod | null
  note?: string | null
  recorded_by?: string | null
}

export type AccountBalance = {
  account_type: AccountType
  account_id: string
  facility_id: string
  earned: number
  reversed: number
  paid_out: number
  adjusted: number
  balance: number
}

/** A row of `sumEntries`: the grouped columns, the sum of the amounts and the number of entries. */
export type SumRow = { [column: string]: string | number | null; amount: number; entries: number }

type SqlManager = { getTransactionContext(): Knex.Transaction | undefined; getKnex(): Knex }
const knexOf = (ctx: Context): Knex => {
  const manager = (ctx.transactionManager ?? ctx.manager) as SqlManager
  return manager.getTransactionContext() ?? manager.getKnex()
}
const int = (v: unknown) => Number(v ?? 0)
/** The ledger's rows. Its indexes are partial (`deleted_at IS NULL`, Medusa's default) and only a query that says so
 * can use them; no row is ever deleted (the database refuses it), so this selects them all. */
const ledgerRows = (knex: Knex) => knex("ledger_entry").whereNull("deleted_at")

/** The makers' ledger and the split templates. Writes go through the methods below, which keep the ledger
 * append-only and idempotent; MedusaService's generated update/delete methods for entries are not used (and the
 * database would refuse them). */
export default class RevenueSplitModuleService extends MedusaService({ SplitTemplate, LedgerEntry }) {
  /** The template a payment captured at `at` uses: the facility's latest version recorded before it, else the default
   * (version 0: 50% premi, 15% PNBP, 35% production capital). */
  @InjectManager()
  async templateInForce(facilityId: string, at: Date = new Date(), @MedusaContext() ctx: Context = {}): Promise<Template> {
    const row = await knexOf(ctx)("split_template")
      .where({ facility_id: facilityId })
      .andWhere("created_at", "<=", at)
      .whereNull("deleted_at")
      .orderBy("version", "desc")
      .first()
    return row
      ? { version: row.version, premi_bps: row.premi_bps, pnbp_bps: row.pnbp_bps, capital_bps: row.capital_bps, platform_bps: row.platform_bps }
      : DEFAULT_TEMPLATE
  }

  /** Records a new version of a facility's template. */
  @InjectTransactionManager()
  async recordTemplate(
    input: { facility_id: string; premi_bps: number; pnbp_bps: number; capital_bps: number; platform_bps: number; note?: string | null; recorded_by?: string | null },
    @MedusaContext() ctx: Context = {}
  ) {
    const problem = templateProblem(input)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `premi_bps: ${problem}`)
    const knex = knexOf(ctx)
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`split_template:${input.facility_id}`])
    const last = await knex("split_template").where({ facility_id: input.facility_id }).max("version as v").first()
    const [row] = await knex("split_template")
      .insert({ id: generateEntityId(undefined, "stpl"), ...input, version: int(last?.v) + 1 })
      .returning("*")
    return row as { id: string; version: number; created_at: Date }
  }

  /** Writes the split of a payment's line items, once: under a lock per payment, a line that already has sale entries
   * is skipped, and the unique idempotency key makes the database drop any duplicate that gets through. Returns the
   * number of entries written. */
  @InjectTransactionManager()
  async recordSale(input: { payment_id: string; occurred_at: Date; lines: SaleLine[] }, @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`ledger_payment:${input.payment_id}`])
    const done = new Set(
      (
        await ledgerRows(knex)
          .distinct("line_item_id")
          .where({ kind: "sale" })
          .whereIn("line_item_id", input.lines.map((l) => l.line_item_id))
      ).map((r: { line_item_id: string }) => r.line_item_id)
    )
    const entries: NewEntry[] = input.lines
      .filter((line) => !done.has(line.line_item_id))
      .flatMap((line) =>
        line.parts.map((part) => ({
          idempotency_key: `sale:${line.line_item_id}:${partKey(part)}`,
          kind: "sale" as const,
          account_type: part.account_type,
          account_id: part.account_id,
          share: part.share,
          amount: part.amount,
          facility_id: line.facility_id,
          product_id: line.product_id,
          motif_id: part.motif_id ?? null,
          order_id: line.order_id,
          line_item_id: line.line_item_id,
          payment_id: input.payment_id,
          template_version: line.template_version,
          occurred_at: input.occurred_at,
        }))
      )
    return this.insertEntries_(knex, entries)
  }

  /** Writes the reversal of one refund of a payment, once, allocated like the sale (see `reverseRefund`). */
  @InjectTransactionManager()
  async recordRefund(
    input: { payment_id: string; refund_id: string; amount: number; occurred_at: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    assertRupiah("amount", input.amount)
    const knex = knexOf(ctx)
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`ledger_payment:${input.payment_id}`])
    const already = await ledgerRows(knex).where({ refund_id: input.refund_id }).first("id")
    if (already) return 0
    const rows: {
      line_item_id: string; account_type: AccountType; account_id: string; share: Part["share"]; motif_id: string | null
      facility_id: string; product_id: string | null; order_id: string | null; template_version: number | null; amount: string
    }[] = (await ledgerRows(knex)
      .select("line_item_id", "account_type", "account_id", "share", "motif_id", "facility_id", "product_id", "order_id")
      .max("template_version as template_version")
      .sum("amount as amount")
      .where({ payment_id: input.payment_id })
      .whereIn("kind", ["sale", "refund"])
      .groupBy("line_item_id", "account_type", "account_id", "share", "motif_id", "facility_id", "product_id", "order_id")
      .orderBy(["line_item_id", "account_type", "account_id", "share"])) as never
    const byLine = new Map<string, typeof rows>()
    for (const r of rows) byLine.set(r.line_item_id, [...(byLine.get(r.line_item_id) ?? []), r])
    const outstanding = [...byLine].map(([line_item_id, parts]) => ({
      line_item_id,
      parts: parts.map((p) => ({ account_type: p.account_type, account_id: p.account_id, share: p.share, motif_id: p.motif_id ?? undefined, amount: int(p.amount) })),
    }))
    const reversals = reverseRefund(input.amount, outstanding)
    const entries: NewEntry[] = reversals.map(({ line_item_id, part, amount }) => {
      const source = byLine.get(line_item_id)!.find((r) => partKey({ ...r, motif_id: r.motif_id ?? undefined }) === partKey(part))!
      return {
        idempotency_key: `refund:${input.refund_id}:${line_item_id}:${partKey(part)}`,
        kind: "refund",
        account_type: part.account_type,
        account_id: part.account_id,
        share: part.share,
        amount: -amount,
        facility_id: source.facility_id,
        product_id: source.product_id,
        motif_id: part.motif_id ?? null,
        order_id: source.order_id,
        line_item_id,
        payment_id: input.payment_id,
        refund_id: input.refund_id,
        template_version: source.template_version === null ? null : int(source.template_version),
        occurred_at: input.occurred_at,
      }
    })
    return this.insertEntries_(knex, entries)
  }

  /** Records premi paid out of a participant's balance. Under a lock per account, so two payouts at once can never
   * together exceed the balance; a payout above it is a CONFLICT naming the balance. */
  @InjectTransactionManager()
  async recordPayout(
    input: {
      facility_id: string; participant_id: string; amount: number; method: PayoutMethod; note?: string | null
      recorded_by?: string | null; occurred_at?: Date
    },
    @MedusaContext() ctx: Context = {}
  ) {
    assertRupiah("amount", input.amount)
    if (input.amount === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: a payout must be at least Rp 1")
    const knex = knexOf(ctx)
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`ledger_account:participant:${input.participant_id}`])
    const balance = await this.balanceOf_(knex, "participant", input.participant_id, input.facility_id)
    if (input.amount > balance) {
      throw new PayoutAboveBalanceError(input.amount, balance)
    }
    const id = generateEntityId(undefined, "lent")
    await this.insertEntries_(knex, [
      {
        idempotency_key: `payout:${id}`,
        kind: "payout",
        account_type: "participant",
        account_id: input.participant_id,
        share: null,
        amount: -input.amount,
        facility_id: input.facility_id,
        payout_method: input.method,
        note: input.note ?? null,
        recorded_by: input.recorded_by ?? null,
        occurred_at: input.occurred_at ?? new Date(),
      },
    ], id)
    return { id, balance: balance - input.amount }
  }

  /** Balances per account, from the entries. */
  @InjectManager()
  async balances(filter: { facility_id?: string; account_type?: AccountType; account_id?: string; before?: Date }, @MedusaContext() ctx: Context = {}): Promise<AccountBalance[]> {
    const q = ledgerRows(knexOf(ctx))
      .select("account_type", "account_id", "facility_id")
      .sum({ balance: "amount" })
      .select(
        knexOf(ctx).raw("coalesce(sum(amount) filter (where kind = 'sale'), 0) as earned"),
        knexOf(ctx).raw("coalesce(sum(amount) filter (where kind = 'refund'), 0) as reversed"),
        knexOf(ctx).raw("coalesce(sum(amount) filter (where kind = 'payout'), 0) as paid_out"),
        knexOf(ctx).raw("coalesce(sum(amount) filter (where kind = 'adjustment'), 0) as adjusted")
      )
      .groupBy("account_type", "account_id", "facility_id")
      .orderBy(["facility_id", "account_type", "account_id"])
    if (filter.facility_id) q.where("facility_id", filter.facility_id)
    if (filter.account_type) q.where("account_type", filter.account_type)
    if (filter.account_id) q.where("account_id", filter.account_id)
    if (filter.before) q.where("occurred_at", "<", filter.before)
    const rows = await q
    return rows.map((r: Record<string, unknown>) => ({
      account_type: r.account_type as AccountType,
      account_id: r.account_id as string,
      facility_id: r.facility_id as string,
      earned: int(r.earned),
      reversed: int(r.reversed),
      paid_out: int(r.paid_out),
      adjusted: int(r.adjusted),
      balance: int(r.balance),
    }))
  }

  /** Sums of entries grouped by the given columns, within a period and filters: the one aggregate that statements,
   * month summaries and impact totals read. */
  @InjectManager()
  async sumEntries(
    input: {
      group_by: ("facility_id" | "account_type" | "account_id" | "share" | "kind" | "product_id")[]
      where?: Partial<Record<"facility_id" | "account_type" | "account_id" | "kind", string | string[]>>
      from?: Date
      to?: Date
    },
    @MedusaContext() ctx: Context = {}
  ): Promise<SumRow[]> {
    const q = ledgerRows(knexOf(ctx)).select(input.group_by).sum({ amount: "amount" }).count({ entries: "*" })
    if (input.group_by.length) q.groupBy(input.group_by)
    for (const [column, value] of Object.entries(input.where ?? {})) {
      if (Array.isArray(value)) q.whereIn(column, value)
      else if (value !== undefined) q.where(column, value)
    }
    if (input.from) q.where("occurred_at", ">=", input.from)
    if (input.to) q.where("occurred_at", "<", input.to)
    if (input.group_by.length) q.orderBy(input.group_by)
    const rows = await q
    return rows.map((r: Record<string, unknown>) => ({ ...(r as Record<string, string | null>), amount: int(r.amount), entries: int(r.entries) }) as SumRow)
  }

  /** Which of these payments already have sale entries, and which refunds are already reversed. */
  @InjectManager()
  async recordedPayments(paymentIds: string[], @MedusaContext() ctx: Context = {}) {
    if (!paymentIds.length) return { sales: new Set<string>(), refunds: new Set<string>() }
    const rows: { payment_id: string; refund_id: string | null; kind: string }[] = await ledgerRows(knexOf(ctx))
      .distinct("payment_id", "refund_id", "kind")
      .whereIn("payment_id", paymentIds)
      .whereIn("kind", ["sale", "refund"])
    return {
      sales: new Set(rows.filter((r) => r.kind === "sale").map((r) => r.payment_id)),
      refunds: new Set(rows.filter((r) => r.refund_id).map((r) => r.refund_id!)),
    }
  }

  /** How many orders had sales of the facility in a period. */
  @InjectManager()
  async countOrders(facilityId: string, from: Date, to: Date, @MedusaContext() ctx: Context = {}): Promise<number> {
    const row = await ledgerRows(knexOf(ctx))
      .countDistinct({ n: "order_id" })
      .where({ facility_id: facilityId, kind: "sale" })
      .andWhere("occurred_at", ">=", from)
      .andWhere("occurred_at", "<", to)
      .first()
    return int(row?.n)
  }

  /** Public impact per facility: the makers' part (premi, and royalties held by makers), royalties, PNBP and orders,
   * net of refunds. Aggregates only. */
  @InjectManager()
  async impactTotals(@MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    const rows = await ledgerRows(knex)
      .select("facility_id")
      .select(
        knex.raw("coalesce(sum(amount) filter (where share = 'premi' or (share = 'royalty' and account_type = 'participant')), 0) as makers_total"),
        knex.raw("coalesce(sum(amount) filter (where share = 'royalty'), 0) as royalties_total"),
        knex.raw("coalesce(sum(amount) filter (where share = 'pnbp'), 0) as pnbp_total"),
        knex.raw("count(distinct order_id) filter (where kind = 'sale') as orders")
      )
      .whereIn("kind", ["sale", "refund"])
      .groupBy("facility_id")
      .orderBy("facility_id")
    return rows.map((r: Record<string, unknown>) => ({
      facility_id: r.facility_id as string,
      makers_total: int(r.makers_total),
      royalties_total: int(r.royalties_total),
      pnbp_total: int(r.pnbp_total),
      orders: int(r.orders),
    }))
  }

  /** How many orders have had sales at all (an order with items of three facilities counts once). */
  @InjectManager()
  async countAllOrders(@MedusaContext() ctx: Context = {}): Promise<number> {
    const row = await ledgerRows(knexOf(ctx)).countDistinct({ n: "order_id" }).where({ kind: "sale" }).first()
    return int(row?.n)
  }

  private async balanceOf_(knex: Knex, accountType: AccountType, accountId: string, facilityId: string) {
    const row = await ledgerRows(knex).sum({ balance: "amount" }).where({ account_type: accountType, account_id: accountId, facility_id: facilityId }).first()
    return int(row?.balance)
  }

  private async insertEntries_(knex: Knex, entries: NewEntry[], firstId?: string) {
    if (!entries.length) return 0
    const rows = entries.map((e, i) => ({ id: i === 0 && firstId ? firstId : generateEntityId(undefined, "lent"), ...e }))
    const inserted = await knex("ledger_entry").insert(rows).onConflict("idempotency_key").ignore().returning("id")
    return inserted.length
  }
}

function assertRupiah(field: string, amount: number) {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: must be a whole, non-negative number of rupiah`)
  }
}

/** A payout above the balance: the route answers 409 with the balance. */
export class PayoutAboveBalanceError extends MedusaError {
  constructor(readonly amount: number, readonly balance: number) {
    super(MedusaError.Types.CONFLICT, `amount: ${formatRupiah(amount)} is more than the balance of ${formatRupiah(balance)}`)
  }
}
