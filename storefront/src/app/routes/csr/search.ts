// Search params of the CSR portal's routes. Kept out of the lazy chunks: the router validates them before loading.
export type CsrSignInSearch = { redirect?: string; expired?: boolean }
export type ProgramReportSearch = { from?: string; to?: string }

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined)

/** YYYY-MM-DD that is a day of the calendar */
function day(value: unknown): string | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined
}

export const validateCsrSignInSearch = (search: Record<string, unknown>): CsrSignInSearch => {
  const redirect = text(search.redirect)
  return {
    // Only back into the CSR portal: never an open redirect to another site, nor into the facility staff's pages.
    redirect: redirect && /^\/portal\/csr(\/|$|\?)/.test(redirect) ? redirect : undefined,
    expired: search.expired === true || search.expired === "true" ? true : undefined,
  }
}

export const validateProgramReportSearch = (search: Record<string, unknown>): ProgramReportSearch => {
  const from = day(search.from)
  const to = day(search.to)
  // a period the wrong way round is dropped rather than sent: the server would refuse it
  return from && to && from > to ? {} : { from, to }
}
