import { z } from "@medusajs/framework/zod"

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const day = (field: "from" | "to") =>
  z
    .string({ message: `${field}: use YYYY-MM-DD` })
    .regex(DAY, `${field}: use YYYY-MM-DD`)
    // V8 reads 2026-02-31 as 3 March: the day must come back unchanged
    // (zod 4 runs this even after the regex failed: an unparsable string must not throw here)
    .refine((s) => {
      if (!DAY.test(s)) return true // the regex has said it
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
    }, `${field}: not a day of the calendar`)

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv|pdf`: Jakarta days, both included; at most ten years. */
export const ProgramReportQuery = z
  .object({
    from: day("from").optional(),
    to: day("to").optional(),
    format: z.enum(["json", "csv", "pdf"], { message: "format: use json, csv or pdf" }).default("json"),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.from || !q.to) return
    if (q.from > q.to) ctx.addIssue({ code: "custom", path: ["from"], message: `from: ${q.from} is after to (${q.to})` })
    else if (Date.parse(q.to) - Date.parse(q.from) > 3653 * 24 * 3600 * 1000) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "from: a report covers at most ten years" })
    }
  })
export type ProgramReportQuery = z.infer<typeof ProgramReportQuery>
