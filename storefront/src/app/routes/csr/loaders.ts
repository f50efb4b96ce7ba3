// The CSR portal's guards and loaders, imported lazily by the router so the buyer's bundle carries none of them.
import "../../../features/csr/i18n"
import type { QueryClient } from "@tanstack/react-query"
import { redirect } from "@tanstack/react-router"
import { clearCsrToken, getCsrToken } from "../../../features/csr/api/csr-token"
import { getBoothQueryOptions } from "../../../features/csr/api/get-booth"
import { getCsrExpoQueryOptions } from "../../../features/csr/api/get-expo"
import { getExpoReportQueryOptions } from "../../../features/csr/api/get-expo-report"
import { getCsrExposQueryOptions } from "../../../features/csr/api/get-expos"
import { getCsrMeQueryOptions } from "../../../features/csr/api/get-me"
import { getProgramReportQueryOptions } from "../../../features/csr/api/get-program-report"
import { getCsrProgramsQueryOptions } from "../../../features/csr/api/get-programs"
import { isUnauthorized } from "../../../features/staff/api/staff-fetch"
import type { ProgramReportSearch } from "./search"

const toSignIn = (href: string, expired?: boolean) =>
  redirect({ to: "/portal/csr/masuk", search: { redirect: href, expired } })

/** beforeLoad of every signed-in page. */
export function requireCsrToken(href: string): void {
  if (!getCsrToken()) throw toSignIn(href)
}

/** beforeLoad of the sign-in page: a signed-in officer goes straight on. */
export function skipCsrSignInWhenSignedIn(target: string | undefined): void {
  if (getCsrToken()) throw redirect({ to: target ?? "/portal/csr" })
}

/** A loader's request refused with 401: the session is over, sign in again and come back. */
async function signedIn<T>(href: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    clearCsrToken()
    throw toSignIn(href, true)
  }
}

/** The officer's bar needs who is signed in and her programs. */
export const loadOfficer = (queryClient: QueryClient, href: string) =>
  signedIn(href, async () => {
    await Promise.all([
      queryClient.ensureQueryData(getCsrMeQueryOptions()),
      queryClient.ensureQueryData(getCsrProgramsQueryOptions()),
    ])
  })

export const loadOverview = (queryClient: QueryClient, href: string) =>
  signedIn(href, async () => {
    await queryClient.ensureQueryData(getCsrExposQueryOptions())
  })

export const loadExpo = (queryClient: QueryClient, href: string, id: string) =>
  signedIn(href, async () => {
    await queryClient.ensureQueryData(getCsrExpoQueryOptions(id))
  })

export const loadBooth = (queryClient: QueryClient, href: string, id: string) =>
  signedIn(href, async () => {
    await queryClient.ensureQueryData(getBoothQueryOptions(id))
  })

export const loadExpoDashboard = (queryClient: QueryClient, href: string, id: string) =>
  signedIn(href, async () => {
    await Promise.all([
      queryClient.ensureQueryData(getCsrExpoQueryOptions(id)),
      queryClient.ensureQueryData(getExpoReportQueryOptions(id)),
    ])
  })

export const loadProgramReport = (queryClient: QueryClient, href: string, id: string, search: ProgramReportSearch) =>
  signedIn(href, async () => {
    await queryClient.ensureQueryData(getProgramReportQueryOptions(id, search))
  })
