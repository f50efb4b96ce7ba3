// Code-based route tree: every route, its loader and its components in one place.
import type { QueryClient } from "@tanstack/react-query"
import {
  createLazyRoute,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  Outlet,
  redirect,
  useRouterState,
  type RouterHistory,
} from "@tanstack/react-router"
import { MainLayout } from "../components/layout/main-layout"
import { AccountLink } from "../features/account/components/account-link"
import { CartLink } from "../features/cart/components/cart-link"
import { getFacilitiesQueryOptions as getStoreFacilitiesQueryOptions } from "../features/facilities/api/get-facilities"
import { getFacilityQueryOptions } from "../features/facilities/api/get-facility"
import { getImpactQueryOptions } from "../features/impact/api/get-impact"
import { getMotifQueryOptions } from "../features/motifs/api/get-motif"
import { getMotifsQueryOptions } from "../features/motifs/api/get-motifs"
import { FEATURED_SEARCH } from "../features/products/utils/featured"
import { getProductQueryOptions } from "../features/products/api/get-product"
import { getRegionQueryOptions } from "../features/regions/api/get-region"
import { getCraftsQueryOptions } from "../features/search/api/get-crafts"
import { getFacilitiesQueryOptions } from "../features/search/api/get-facilities"
import { searchProductsQueryOptions } from "../features/search/api/search-products"
import { HeaderSearch } from "../features/search/components/header-search"
import { validateStoreSearch } from "../features/search/utils/search-params"
import {
  validateAccountAddressesSearch,
  validateAccountEntrySearch,
  validateAccountOrdersSearch,
} from "../features/account/utils/search-params"
import { NotFoundRoute } from "./routes/not-found"
import { PageError } from "./routes/page-error"
import { PagePending } from "./routes/page-pending"
import {
  validateOrdersSearch,
  validateParticipantsSearch,
  validateProductsSearch,
  validateRevenueEntriesSearch,
  validateRevenueMonthSearch,
  validateSignInSearch,
} from "./routes/portal/search"
import { validateCsrSignInSearch, validateProgramReportSearch } from "./routes/csr/search"

export type RouterContext = {
  queryClient: QueryClient
}

type PageSearch = {
  /** 1-based page of a list; absent on page 1 so the URL stays short */
  page?: number
}

function parsePage(value: unknown): number | undefined {
  const page = typeof value === "number" ? value : Number(value)
  return Number.isInteger(page) && page > 1 ? page : undefined
}

const isPortalPath = (pathname: string) => /^\/portal(\/|$)/.test(pathname)

function RootLayout() {
  // The portal brings its own shell (lazily, with its routes); the buyer's header and footer stay out of it.
  const inPortal = useRouterState({
    select: (state) => isPortalPath(state.location.pathname),
  })
  return inPortal ? (
    <Outlet />
  ) : (
    <MainLayout
      headerActions={
        <>
          <AccountLink />
          <CartLink />
        </>
      }
      headerSearch={<HeaderSearch />}
    >
      <Outlet />
    </MainLayout>
  )
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundRoute,
})

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  // The home page waits only for its featured products; the sections below the fold load alongside.
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(getStoreFacilitiesQueryOptions())
    void queryClient.prefetchQuery(getImpactQueryOptions())
    void queryClient.prefetchQuery(getCraftsQueryOptions())
    await queryClient.ensureQueryData(searchProductsQueryOptions(FEATURED_SEARCH))
  },
  // Home and product pages load their components on the way (alongside their data): each page's first load carries
  // its own code and not the other's (the JavaScript budget, tests/e2e/bundle-budget.spec.ts).
}).lazy(() =>
  import("./routes/home").then((m) =>
    createLazyRoute("/")({ component: m.HomeRoute, pendingComponent: m.HomePending, errorComponent: m.HomeError })
  )
)

const productRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/products/$handle",
  loader: async ({ context: { queryClient }, params: { handle } }) => {
    const region = await queryClient.ensureQueryData(getRegionQueryOptions())
    const product = await queryClient.ensureQueryData(
      getProductQueryOptions({ handle, regionId: region.id })
    )
    if (!product) throw notFound()
  },
}).lazy(() =>
  import("./routes/product").then((m) =>
    createLazyRoute("/products/$handle")({ component: m.ProductRoute, notFoundComponent: m.ProductNotFound })
  )
)

const impactRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dampak",
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(getImpactQueryOptions()),
}).lazy(() => import("./routes/impact").then((m) => m.Route))

// /cari: product search. The search params are validated here; the page loads on first visit. The loader starts
// the search (and the facet names) without waiting for it, so they load alongside the page's chunk and the URL
// changes at once when a filter is ticked (the page keeps the last results on screen meanwhile).
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/cari",
  validateSearch: validateStoreSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) => {
    void queryClient.prefetchQuery(searchProductsQueryOptions(deps))
    void queryClient.prefetchQuery(getFacilitiesQueryOptions())
    void queryClient.prefetchQuery(getCraftsQueryOptions())
  },
}).lazy(() => import("./routes/search").then((m) => m.Route))

// Browsing by craft lands on the search page with the craft ticked, where it can be narrowed and sorted.
const craftRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kategori/$craft",
  beforeLoad: ({ params: { craft } }) => {
    throw redirect({ to: "/cari", search: { craft }, replace: true })
  },
})

// /lapas: the facilities, each with its story, its makers (as they consented) and its products.
const facilitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lapas",
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(getStoreFacilitiesQueryOptions()),
}).lazy(() => import("./routes/facilities").then((m) => m.Route))

const facilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lapas/$handle",
  validateSearch: (search: Record<string, unknown>): PageSearch => ({ page: parsePage(search.page) }),
  loaderDeps: ({ search }) => ({ page: search.page }),
  loader: async ({ context: { queryClient }, params: { handle }, deps: { page } }) => {
    // Its products come from search (with pagination); start them without waiting.
    void queryClient.prefetchQuery(searchProductsQueryOptions({ facility: handle, page }))
    const facility = await queryClient.ensureQueryData(getFacilityQueryOptions(handle))
    if (!facility) throw notFound()
  },
}).lazy(() => import("./routes/facility").then((m) => m.Route))

// /motif: the gallery of registered batik motifs, and each motif's story, DJKI record and products.
const motifsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/motif",
  validateSearch: (search: Record<string, unknown>): PageSearch => ({ page: parsePage(search.page) }),
  loaderDeps: ({ search }) => ({ page: search.page ?? 1 }),
  loader: ({ context: { queryClient }, deps: { page } }) =>
    queryClient.ensureQueryData(getMotifsQueryOptions({ page })),
}).lazy(() => import("./routes/motifs").then((m) => m.Route))

const motifRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/motif/$id",
  loader: async ({ context: { queryClient }, params: { id } }) => {
    const motif = await queryClient.ensureQueryData(getMotifQueryOptions(id))
    if (!motif) throw notFound()
    void queryClient.prefetchQuery(searchProductsQueryOptions({ motif: motif.title }))
  },
}).lazy(() => import("./routes/motif").then((m) => m.Route))

// The buyer's cart, checkout, order confirmation and order lookup: each page's code loads on first visit.
const cartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/keranjang",
}).lazy(() => import("./routes/cart").then((m) => m.Route))

type CheckoutSearch = {
  /** set by Stripe when it sends the buyer back after a redirect-based payment (e.g. 3-D Secure on another page) */
  redirect_status?: string
}

const checkoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/checkout",
  validateSearch: (search: Record<string, unknown>): CheckoutSearch => ({
    redirect_status: typeof search.redirect_status === "string" ? search.redirect_status : undefined,
  }),
}).lazy(() => import("./routes/checkout").then((m) => m.Route))

const orderConfirmationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/pesanan/$id",
}).lazy(() => import("./routes/order-confirmation").then((m) => m.Route))

const orderLookupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lacak-pesanan",
}).lazy(() => import("./routes/order-lookup").then((m) => m.Route))

// /akun: the customer's account. Its pages, guards and loaders are imported on first use; the signed-in pages sit
// under one pathless route whose guard sends a signed-out visitor to /akun/masuk (and back afterwards).
const accountLoaders = () => import("./routes/account-loaders")

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/akun",
})

const accountSignInRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: "masuk",
  validateSearch: validateAccountEntrySearch,
  beforeLoad: async ({ context: { queryClient }, search }) =>
    (await accountLoaders()).skipWhenSignedIn(queryClient, search.redirect),
}).lazy(() => import("./routes/account-sign-in").then((m) => m.Route))

const accountRegisterRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: "daftar",
  validateSearch: validateAccountEntrySearch,
  beforeLoad: async ({ context: { queryClient }, search }) =>
    (await accountLoaders()).skipWhenSignedIn(queryClient, search.redirect),
}).lazy(() => import("./routes/account-register").then((m) => m.Route))

const signedInRoute = createRoute({
  getParentRoute: () => accountRoute,
  id: "signedIn",
  beforeLoad: async ({ context: { queryClient }, location }) => {
    await (await accountLoaders()).requireCustomer(queryClient, location.href)
  },
}).lazy(() => import("./routes/account-layout").then((m) => m.Route))

const accountOverviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/",
  loader: async ({ context: { queryClient }, location }) =>
    (await accountLoaders()).loadOverview(queryClient, location.href),
}).lazy(() => import("./routes/account-overview").then((m) => m.Route))

const accountOrdersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "pesanan",
  validateSearch: validateAccountOrdersSearch,
  loaderDeps: ({ search }) => ({ page: search.page ?? 1 }),
  loader: async ({ context: { queryClient }, location, deps: { page } }) =>
    (await accountLoaders()).loadOrders(queryClient, location.href, page),
}).lazy(() => import("./routes/account-orders").then((m) => m.Route))

const accountOrderRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "pesanan/$id",
  loader: async ({ context: { queryClient }, location, params: { id } }) =>
    (await accountLoaders()).loadOrder(queryClient, location.href, id),
}).lazy(() => import("./routes/account-order").then((m) => m.Route))

const accountAddressesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "alamat",
  validateSearch: validateAccountAddressesSearch,
}).lazy(() => import("./routes/account-addresses").then((m) => m.Route))

const accountNewAddressRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "alamat/baru",
}).lazy(() => import("./routes/account-address-new").then((m) => m.Route))

const accountEditAddressRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "alamat/$addressId",
}).lazy(() => import("./routes/account-address-edit").then((m) => m.Route))

// Portal Lapas for facility staff. Its components and loaders are imported on first use, so none of it is in
// the buyer's bundle: only these route stubs and their search validators are.
const portalLoaders = () => import("./routes/portal/loaders")

const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/portal",
}).lazy(() => import("./routes/portal/layout").then((m) => m.PortalLayoutRoute))

const portalSignInRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: "masuk",
  validateSearch: validateSignInSearch,
  beforeLoad: async ({ search }) =>
    (await portalLoaders()).skipSignInWhenSignedIn(search.redirect),
}).lazy(() => import("./routes/portal/sign-in").then((m) => m.Route))

const staffRoute = createRoute({
  getParentRoute: () => portalRoute,
  id: "staff",
  beforeLoad: async ({ location }) =>
    (await portalLoaders()).requireStaffToken(location.href),
  loader: async ({ context: { queryClient }, location }) =>
    (await portalLoaders()).loadStaff(queryClient, location.href),
}).lazy(() => import("./routes/portal/layout").then((m) => m.StaffLayoutRoute))

const portalDashboardRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "/",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadDashboard(queryClient),
}).lazy(() => import("./routes/portal/dashboard").then((m) => m.Route))

const portalProductsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "produk",
  validateSearch: validateProductsSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) =>
    (await portalLoaders()).loadProducts(queryClient, deps),
}).lazy(() => import("./routes/portal/products").then((m) => m.Route))

const portalNewProductRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "produk/baru",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadNewProduct(queryClient),
}).lazy(() => import("./routes/portal/product-new").then((m) => m.Route))

const portalProductRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "produk/$id",
  loader: async ({ context: { queryClient }, params: { id } }) =>
    (await portalLoaders()).loadProduct(queryClient, id),
}).lazy(() => import("./routes/portal/product-edit").then((m) => m.Route))

const portalParticipantsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "peserta",
  validateSearch: validateParticipantsSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) =>
    (await portalLoaders()).loadParticipants(queryClient, deps),
}).lazy(() => import("./routes/portal/participants").then((m) => m.Route))

const portalNewParticipantRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "peserta/baru",
}).lazy(() => import("./routes/portal/participant-new").then((m) => m.Route))

const portalParticipantRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "peserta/$id",
  loader: async ({ context: { queryClient }, params: { id } }) =>
    (await portalLoaders()).loadParticipant(queryClient, id),
}).lazy(() => import("./routes/portal/participant-edit").then((m) => m.Route))

const portalOrdersRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "pesanan",
  validateSearch: validateOrdersSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) =>
    (await portalLoaders()).loadOrders(queryClient, deps),
}).lazy(() => import("./routes/portal/orders").then((m) => m.Route))

const portalOrderRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "pesanan/$id",
  loader: async ({ context: { queryClient }, params: { id } }) =>
    (await portalLoaders()).loadOrder(queryClient, id),
}).lazy(() => import("./routes/portal/order").then((m) => m.Route))

const portalMotifsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "motif",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadMotifs(queryClient),
}).lazy(() => import("./routes/portal/motifs").then((m) => m.Route))

const portalNewMotifRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "motif/baru",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadNewMotif(queryClient),
}).lazy(() => import("./routes/portal/motif-new").then((m) => m.Route))

const portalMotifRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "motif/$id",
  loader: async ({ context: { queryClient }, params: { id } }) =>
    (await portalLoaders()).loadMotif(queryClient, id),
}).lazy(() => import("./routes/portal/motif-edit").then((m) => m.Route))

const portalRevenueRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "keuangan",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadRevenue(queryClient),
}).lazy(() => import("./routes/portal/revenue").then((m) => m.Route))

const portalRevenueParticipantRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "keuangan/peserta/$participantId",
  validateSearch: validateRevenueEntriesSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, params: { participantId }, deps }) =>
    (await portalLoaders()).loadRevenueParticipant(queryClient, participantId, deps),
}).lazy(() => import("./routes/portal/revenue-participant").then((m) => m.Route))

const portalRevenueMonthRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "keuangan/bulan",
  validateSearch: validateRevenueMonthSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) =>
    (await portalLoaders()).loadRevenueMonth(queryClient, deps),
}).lazy(() => import("./routes/portal/revenue-month").then((m) => m.Route))

const portalRevenueTemplateRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "keuangan/template",
  loader: async ({ context: { queryClient } }) =>
    (await portalLoaders()).loadRevenueTemplate(queryClient),
}).lazy(() => import("./routes/portal/revenue-template").then((m) => m.Route))

// The Portal's CSR section (/portal/csr) for sponsors' CSR officers: its own sign-in (actor csr_staff), shell and
// lazy chunks, beside the facility staff's pages. Only these stubs and their search validators are in the first bundle.
const csrLoaders = () => import("./routes/csr/loaders")

const csrRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/portal/csr",
}).lazy(() => import("./routes/csr/layout").then((m) => m.CsrLayoutRoute))

const csrSignInRoute = createRoute({
  getParentRoute: () => csrRoute,
  path: "masuk",
  validateSearch: validateCsrSignInSearch,
  beforeLoad: async ({ search }) => (await csrLoaders()).skipCsrSignInWhenSignedIn(search.redirect),
}).lazy(() => import("./routes/csr/sign-in").then((m) => m.Route))

const csrOfficerRoute = createRoute({
  getParentRoute: () => csrRoute,
  id: "officer",
  beforeLoad: async ({ location }) => (await csrLoaders()).requireCsrToken(location.href),
  loader: async ({ context: { queryClient }, location }) =>
    (await csrLoaders()).loadOfficer(queryClient, location.href),
}).lazy(() => import("./routes/csr/layout").then((m) => m.OfficerLayoutRoute))

const csrOverviewRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "/",
  loader: async ({ context: { queryClient }, location }) =>
    (await csrLoaders()).loadOverview(queryClient, location.href),
}).lazy(() => import("./routes/csr/overview").then((m) => m.Route))

const csrNewExpoRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "expo/baru",
}).lazy(() => import("./routes/csr/expo-new").then((m) => m.Route))

const csrExpoRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "expo/$id",
  loader: async ({ context: { queryClient }, location, params: { id } }) =>
    (await csrLoaders()).loadExpo(queryClient, location.href, id),
}).lazy(() => import("./routes/csr/expo").then((m) => m.Route))

const csrBoothRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "expo/$id/booth",
  loader: async ({ context: { queryClient }, location, params: { id } }) =>
    (await csrLoaders()).loadBooth(queryClient, location.href, id),
}).lazy(() => import("./routes/csr/booth").then((m) => m.Route))

const csrExpoDashboardRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "expo/$id/dasbor",
  loader: async ({ context: { queryClient }, location, params: { id } }) =>
    (await csrLoaders()).loadExpoDashboard(queryClient, location.href, id),
}).lazy(() => import("./routes/csr/expo-dashboard").then((m) => m.Route))

const csrProgramRoute = createRoute({
  getParentRoute: () => csrOfficerRoute,
  path: "program/$id",
  validateSearch: validateProgramReportSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, location, params: { id }, deps }) =>
    (await csrLoaders()).loadProgramReport(queryClient, location.href, id, deps),
}).lazy(() => import("./routes/csr/program").then((m) => m.Route))

const routeTree = rootRoute.addChildren([
  homeRoute,
  productRoute,
  impactRoute,
  searchRoute,
  cartRoute,
  checkoutRoute,
  orderConfirmationRoute,
  orderLookupRoute,
  craftRoute,
  facilitiesRoute,
  facilityRoute,
  motifsRoute,
  motifRoute,
  accountRoute.addChildren([
    accountSignInRoute,
    accountRegisterRoute,
    signedInRoute.addChildren([
      accountOverviewRoute,
      accountOrdersRoute,
      accountOrderRoute,
      accountAddressesRoute,
      accountNewAddressRoute,
      accountEditAddressRoute,
    ]),
  ]),
  portalRoute.addChildren([
    portalSignInRoute,
    staffRoute.addChildren([
      portalDashboardRoute,
      portalProductsRoute,
      portalNewProductRoute,
      portalProductRoute,
      portalParticipantsRoute,
      portalNewParticipantRoute,
      portalParticipantRoute,
      portalOrdersRoute,
      portalOrderRoute,
      portalMotifsRoute,
      portalNewMotifRoute,
      portalMotifRoute,
      portalRevenueRoute,
      portalRevenueParticipantRoute,
      portalRevenueMonthRoute,
      portalRevenueTemplateRoute,
    ]),
  ]),
  csrRoute.addChildren([
    csrSignInRoute,
    csrOfficerRoute.addChildren([
      csrOverviewRoute,
      csrNewExpoRoute,
      csrExpoRoute,
      csrBoothRoute,
      csrExpoDashboardRoute,
      csrProgramRoute,
    ]),
  ]),
])

/** history defaults to the browser's; tests pass a memory history. */
export function createAppRouter(
  queryClient: QueryClient,
  history?: RouterHistory
) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    // Loaders read through TanStack Query's cache, so the router keeps no cache of its own.
    defaultPreload: "intent",
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PagePending,
    defaultErrorComponent: PageError,
    defaultNotFoundComponent: NotFoundRoute,
    scrollRestoration: true,
  })
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
