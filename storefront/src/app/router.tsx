// Code-based route tree: every route, its loader and its components in one place.
import type { QueryClient } from "@tanstack/react-query"
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  Outlet,
  type RouterHistory,
} from "@tanstack/react-router"
import { MainLayout } from "../components/layout/main-layout"
import { getProductQueryOptions } from "../features/products/api/get-product"
import { getProductsQueryOptions } from "../features/products/api/get-products"
import { getRegionQueryOptions } from "../features/regions/api/get-region"
import { HomeError, HomePending, HomeRoute } from "./routes/home"
import { NotFoundRoute } from "./routes/not-found"
import { PageError } from "./routes/page-error"
import { PagePending } from "./routes/page-pending"
import { ProductNotFound, ProductRoute } from "./routes/product"

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

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <MainLayout>
      <Outlet />
    </MainLayout>
  ),
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

const routeTree = rootRoute.addChildren([homeRoute, productRoute])

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
