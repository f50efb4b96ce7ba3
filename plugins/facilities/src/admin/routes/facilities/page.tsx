import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { FacilityCreateDrawer } from "../../components/facility-create-drawer"
import { FacilityTable } from "../../components/facility-table"
import { QueryState } from "../../components/query-state"
import { useFacilities } from "../../lib/queries"
import { QueryProvider } from "../../lib/query-client"

const PAGE_SIZE = 20

const FacilitiesList = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isLoading, error } = useFacilities(PAGE_SIZE, pageIndex * PAGE_SIZE)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Lapas</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Correctional facilities whose makers sell in the store
          </Text>
        </div>
        <FacilityCreateDrawer />
      </div>
      {data ? (
        <FacilityTable
          facilities={data.facilities}
          count={data.count}
          pageIndex={pageIndex}
          pageSize={PAGE_SIZE}
          onPageChange={setPageIndex}
        />
      ) : (
        <QueryState isLoading={isLoading} error={error} />
      )}
    </Container>
  )
}

const FacilitiesPage = () => (
  <QueryProvider>
    <FacilitiesList />
  </QueryProvider>
)

export const config = defineRouteConfig({
  label: "Lapas",
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => "Lapas",
}

export default FacilitiesPage
