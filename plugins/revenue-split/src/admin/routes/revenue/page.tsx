import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useSearchParams } from "react-router-dom"
import { Amount } from "../../components/amount"
import { FacilityList } from "../../components/facility-list"
import { LedgerFilters } from "../../components/ledger-filters"
import { LedgerTable } from "../../components/ledger-table"
import { QueryState } from "../../components/query-state"
import { useEntries, useRevenueFacilities } from "../../lib/queries"
import { QueryProvider } from "../../lib/query-client"
import { ACCOUNT_TYPES, ENTRY_KINDS, type AccountType, type EntryFilters, type EntryKind } from "../../lib/types"

const PAGE_SIZE = 50
const FILTER_KEYS = ["facility_id", "account_type", "account_id", "order_id", "kind", "from", "to"] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

function filtersOf(params: URLSearchParams): EntryFilters {
  const get = (k: string) => params.get(k) || undefined
  const accountType = get("account_type")
  const kind = get("kind")
  return {
    facility_id: get("facility_id"),
    account_type: accountType && ACCOUNT_TYPES.includes(accountType as AccountType) ? (accountType as AccountType) : undefined,
    account_id: get("account_id"),
    order_id: get("order_id"),
    kind: kind && ENTRY_KINDS.includes(kind as EntryKind) ? (kind as EntryKind) : undefined,
    from: DATE.test(get("from") ?? "") ? get("from") : undefined,
    to: DATE.test(get("to") ?? "") ? get("to") : undefined,
  }
}

/**
 * Tab, filters and page live in the URL, so a filtered ledger can be linked and reloaded. A change starts from the
 * URL this hook last asked for until the router has caught up with it: the router may still be on the previous URL
 * when a second change comes (from, then to), which would otherwise lose the first.
 */
function useLedgerParams() {
  const [params, setParams] = useSearchParams()
  const asked = useRef<string | null>(null)
  useEffect(() => {
    if (asked.current === params.toString()) asked.current = null
  }, [params])
  const filters = filtersOf(params)
  const tab = params.get("tab") === "facilities" ? "facilities" : "entries"
  const pageIndex = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const update = (change: { filters?: Partial<EntryFilters>; clear?: boolean; page?: number; tab?: string }) => {
    const now = new URLSearchParams(asked.current ?? params)
    const next = { ...(change.clear ? {} : filtersOf(now)), ...change.filters }
    const nextTab = change.tab ?? (now.get("tab") === "facilities" ? "facilities" : "entries")
    const page = change.page ?? (change.filters || change.clear ? 0 : Number(now.get("page") ?? 0) || 0)
    const p = new URLSearchParams()
    if (nextTab !== "entries") p.set("tab", nextTab)
    for (const k of FILTER_KEYS) if (next[k]) p.set(k, next[k]!)
    if (page) p.set("page", String(page))
    asked.current = p.toString()
    setParams(p, { replace: true })
  }
  return {
    tab,
    filters,
    pageIndex,
    setTab: (t: string) => update({ tab: t }),
    changeFilters: (patch: Partial<EntryFilters>) => update({ filters: patch }),
    clearFilters: () => update({ clear: true }),
    setPage: (page: number) => update({ page }),
  }
}

const LedgerPage = () => {
  const { tab, filters, pageIndex, setTab, changeFilters, clearFilters, setPage } = useLedgerParams()
  const facilities = useRevenueFacilities()
  const entries = useEntries(filters, PAGE_SIZE, pageIndex * PAGE_SIZE)
  const facilityList = facilities.data?.facilities ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Ledger</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The makers' ledger: every captured payment split into premi, PNBP, production capital, royalties and the
          platform fee, in whole rupiah. Entries are never edited; refunds and payouts are negative entries.
        </Text>
      </div>
      <Tabs value={tab} onValueChange={setTab}>
        <div className="px-6 py-3">
          <Tabs.List>
            <Tabs.Trigger value="entries">Entries</Tabs.Trigger>
            <Tabs.Trigger value="facilities">Facilities</Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="entries" className="divide-y border-t">
          <LedgerFilters filters={filters} facilities={facilityList} onChange={changeFilters} onClear={clearFilters} />
          {entries.data ? (
            <>
              <div className="flex flex-wrap items-baseline justify-between gap-2 px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">
                  {entries.data.count} {entries.data.count === 1 ? "entry" : "entries"}
                  {entries.isFetching && " · updating…"}
                </Text>
                <Text size="base" weight="plus" data-testid="ledger-sum">
                  Sum of the filtered entries: <Amount value={entries.data.sum} />
                </Text>
              </div>
              <LedgerTable
                entries={entries.data.entries}
                count={entries.data.count}
                facilities={facilityList}
                pageIndex={pageIndex}
                pageSize={PAGE_SIZE}
                onPageChange={setPage}
                onFilter={changeFilters}
              />
            </>
          ) : (
            <QueryState isLoading={entries.isLoading} error={entries.error} />
          )}
        </Tabs.Content>
        <Tabs.Content value="facilities" className="border-t">
          {facilities.data ? (
            <FacilityList facilities={facilityList} />
          ) : (
            <QueryState isLoading={facilities.isLoading} error={facilities.error} />
          )}
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

const RevenuePage = () => (
  <QueryProvider>
    <LedgerPage />
  </QueryProvider>
)

export const config = defineRouteConfig({
  label: "Pembukuan premi",
  icon: BookOpen,
})

export const handle = {
  breadcrumb: () => "Ledger",
}

export default RevenuePage
