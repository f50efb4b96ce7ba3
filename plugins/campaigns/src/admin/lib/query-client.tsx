import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import type { ReactNode } from "react"

/**
 * Our own QueryClient. Medusa's dashboard bundles its own @tanstack/react-query, which may be another copy than the
 * one this plugin resolves; hooks of one copy cannot see the other copy's provider ("No QueryClient set"). Wrapping
 * every page and widget of the plugin in this provider makes them independent of that.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
})

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
