// The account's guards and loaders, imported lazily by the router so the catalogue's bundle carries none of them.
import "../../features/account/i18n"
import type { QueryClient } from "@tanstack/react-query"
import { redirect } from "@tanstack/react-router"
import { getCustomerQueryOptions, type Customer } from "../../features/account/api/get-customer"
import { getOrderQueryOptions } from "../../features/account/api/get-order"
import { getOrdersQueryOptions, getRecentOrdersQueryOptions } from "../../features/account/api/get-orders"
import { forgetCustomer } from "../../features/account/api/sign-out"
import { isUnauthorized } from "../../features/account/utils/errors"
import { getSdk } from "../../lib/sdk"

const toSignIn = (href: string, expired?: boolean) =>
  redirect({ to: "/akun/masuk", search: { redirect: href, expired } })

/** beforeLoad of every signed-in page: who is signed in, or off to the sign-in page (and back here after). */
export async function requireCustomer(queryClient: QueryClient, href: string): Promise<Customer> {
  const customer = await queryClient.ensureQueryData(getCustomerQueryOptions())
  if (!customer) throw toSignIn(href)
  return customer
}

/** beforeLoad of the sign-in and registration pages: a signed-in customer goes straight on. */
export async function skipWhenSignedIn(queryClient: QueryClient, target: string | undefined): Promise<void> {
  const customer = await queryClient.ensureQueryData(getCustomerQueryOptions()).catch(() => null)
  if (customer) throw redirect({ href: target ?? "/akun", replace: true })
}

/** A page's data; a token the backend no longer takes (expired since the customer was fetched) ends the session. */
async function signedInOnly(queryClient: QueryClient, href: string, load: () => Promise<unknown>): Promise<void> {
  try {
    await load()
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    await getSdk().client.clearToken()
    forgetCustomer(queryClient)
    throw toSignIn(href, true)
  }
}

export const loadOverview = (queryClient: QueryClient, href: string) =>
  signedInOnly(queryClient, href, () => queryClient.ensureQueryData(getRecentOrdersQueryOptions()))

export const loadOrders = (queryClient: QueryClient, href: string, page: number) =>
  signedInOnly(queryClient, href, () => queryClient.ensureQueryData(getOrdersQueryOptions(page)))

export async function loadOrder(queryClient: QueryClient, href: string, id: string): Promise<void> {
  const customer = await requireCustomer(queryClient, href)
  await signedInOnly(queryClient, href, () => queryClient.ensureQueryData(getOrderQueryOptions(id, customer.id)))
}
