// Code-based route tree: every route, its loader and its components in one place.
import type { QueryClient } from "@tanstack/react-query"
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  Outlet,
  useRouterState,
  type RouterHistory,
} from "@tanstack/react-router"
import { MainLayout } from "../components/layout/main-layout"
import { getImpactQueryOptions } from "../features/impact/api/get-impact"
import { getProductQueryOptions } from "../features/products/api/get-product"
import { getProductsQueryOptions } from "../features/products/api/get-products"
import { getRegionQueryOptions } from "../features/regions/api/get-region"
import { getCraftsQueryOptions } from "../features/search/api/get-crafts"
import { getFacilitiesQueryOptions } from "../features/search/api/get-facilities"
import { searchProductsQueryOptions } from "../features/search/api/search-products"
import { validateStoreSearch } from "../features/search/utils/search-params"
import { HomeError, HomePending, HomeRoute } from "./routes/home"
import { NotFoundRoute } from "./routes/not-found"
import { PageError } from "./routes/page-error"
import { PagePending } from "./routes/page-pending"
import { ProductNotFound, ProductRoute } from "./routes/product"
import {
  validateOrdersSearch,
  validateParticipantsSearch,
  validateProductsSearch,
  validateRevenueEntriesSearch,
  validateRevenueMonthSearch,
  validateSignInSearch,
} from "./routes/portal/search"

export type RouterContext = {
  queryClient: QueryClient
}

type HomeSearch = {
  /** 1-based catalogue page; absent on page 1 so the home URL stays "/" */
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
    <MainLayout>
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
  validateSearch: (search: Record<string, unknown>): HomeSearch => ({
    page: parsePage(search.page),
  }),
  loaderDeps: ({ search }) => ({ page: search.page ?? 1 }),
  loader: async ({ context: { queryClient }, deps: { page } }) => {
    const region = await queryClient.ensureQueryData(getRegionQueryOptions())
    await queryClient.ensureQueryData(
      getProductsQueryOptions({ regionId: region.id, page })
    )
  },
  component: HomeRoute,
  pendingComponent: HomePending,
  errorComponent: HomeError,
})

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
  component: ProductRoute,
  notFoundComponent: ProductNotFound,
})

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

const routeTree = rootRoute.addChildren([
  homeRoute,
  productRoute,
  impactRoute,
  searchRoute,
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
