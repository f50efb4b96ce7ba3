import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { CsrMe } from "./types"

export const getCsrMe = () => csrFetch<CsrMe>("/portal/csr/me")

export const getCsrMeQueryOptions = () =>
  queryOptions({ queryKey: csrKeys.me(), queryFn: getCsrMe, staleTime: 5 * 60 * 1000 })

export const useCsrMe = () => useSuspenseQuery(getCsrMeQueryOptions())
