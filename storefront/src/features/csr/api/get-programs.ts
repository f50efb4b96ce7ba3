import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { Program } from "./types"

/** The officer's programs, with their sponsor, facilities and SDG targets. */
export async function getCsrPrograms(): Promise<Program[]> {
  const { programs } = await csrFetch<{ programs: Program[]; count: number }>("/portal/csr/programs")
  return programs
}

export const getCsrProgramsQueryOptions = () =>
  queryOptions({ queryKey: csrKeys.programs(), queryFn: getCsrPrograms, staleTime: 5 * 60 * 1000 })

export const useCsrPrograms = () => useSuspenseQuery(getCsrProgramsQueryOptions())
