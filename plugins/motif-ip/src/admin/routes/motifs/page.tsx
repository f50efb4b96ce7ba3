import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Swatch } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { MotifFilters } from "../../components/motif-filters"
import { MotifTable } from "../../components/motif-table"
import { QueryState } from "../../components/query-state"
import { useMotifs } from "../../lib/queries"
import { QueryProvider } from "../../lib/query-client"
import { MOTIF_STATUSES, type MotifFilters as Filters, type MotifStatus } from "../../lib/types"

const PAGE_SIZE = 20

/** Filters and page live in the URL (?status=&facility=&page=), so a filtered list can be linked and reloaded. */
function useListParams() {
  const [params, setParams] = useSearchParams()
  const status = params.get("status")
  const filters: Filters = {
    ...(status && MOTIF_STATUSES.includes(status as MotifStatus) ? { status: status as MotifStatus } : {}),
    ...(params.get("facility") ? { facility: params.get("facility")! } : {}),
  }
  const pageIndex = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const set = (next: Filters, page = 0) => {
    const p = new URLSearchParams()
    if (next.status) p.set("status", next.status)
    if (next.facility) p.set("facility", next.facility)
    if (page) p.set("page", String(page))
    setParams(p, { replace: true })
  }
  return { filters, pageIndex, setFilters: (f: Filters) => set(f), setPage: (page: number) => set(filters, page) }
}

const MotifList = () => {
  const { filters, pageIndex, setFilters, setPage } = useListParams()
  const { data, isLoading, error } = useMotifs(filters, PAGE_SIZE, pageIndex * PAGE_SIZE)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Motif</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Batik motifs of all facilities and their DJKI copyright records
        </Text>
      </div>
      <MotifFilters filters={filters} onChange={setFilters} />
      {data ? (
        <MotifTable
          motifs={data.motifs}
          count={data.count}
          pageIndex={pageIndex}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        />
      ) : (
        <QueryState isLoading={isLoading} error={error} />
      )}
    </Container>
  )
}

const MotifsPage = () => (
  <QueryProvider>
    <MotifList />
  </QueryProvider>
)

export const config = defineRouteConfig({
  label: "Motif",
  icon: Swatch,
})

export const handle = {
  breadcrumb: () => "Motif",
}

export default MotifsPage
