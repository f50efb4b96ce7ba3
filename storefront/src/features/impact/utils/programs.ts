// CSR programs in the public impact figures. The campaigns plugin that fills them in is not built yet, so their
// shape is not fixed: a program is shown only when it has at least a name and a rupiah total for the makers.
export type ImpactProgram = {
  id: string
  name: string
  sponsor: string | null
  makers_total: number
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

export function impactPrograms(programs: unknown[] | null | undefined): ImpactProgram[] {
  const result: ImpactProgram[] = []
  for (const entry of programs ?? []) {
    if (typeof entry !== "object" || entry === null) continue
    const record = entry as Record<string, unknown>
    const name = text(record.name)
    const total = record.makers_total
    if (!name || typeof total !== "number" || !Number.isSafeInteger(total) || total < 0) continue
    result.push({
      id: text(record.id) ?? text(record.handle) ?? name,
      name,
      sponsor: text(record.sponsor),
      makers_total: total,
    })
  }
  return result
}
