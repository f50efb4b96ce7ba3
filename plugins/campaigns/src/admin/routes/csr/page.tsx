import { defineRouteConfig } from "@medusajs/admin-sdk"
import { AcademicCap } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { CsrStaffSection } from "../../components/csr-staff-section"
import { ExpoTable } from "../../components/expo-table"
import { ProgramCreateDrawer } from "../../components/program-create-drawer"
import { ProgramTable } from "../../components/program-table"
import { QueryState } from "../../components/query-state"
import { useExpos, usePrograms } from "../../lib/queries"
import { QueryProvider } from "../../lib/query-client"

/** The operators' page of the campaigns plugin: programs, CSR staff accounts and expos. */
const Campaigns = () => {
  const programs = usePrograms()
  const expos = useExpos()
  const programList = programs.data?.programs ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="programs-section">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Program CSR</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Program TJSL sponsor yang mendanai pelatihan di lapas dan mempromosikan hasilnya
            </Text>
          </div>
          <ProgramCreateDrawer />
        </div>
        {programs.data ? (
          <ProgramTable programs={programList} />
        ) : (
          <QueryState isLoading={programs.isLoading} error={programs.error} />
        )}
      </Container>
      <CsrStaffSection programs={programList} />
      <Container className="divide-y p-0" data-testid="expos-section">
        <div className="px-6 py-4">
          <Heading level="h2">Pameran</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Pameran UMKM (mis. SMEXPO) dengan kanal penjualannya sendiri: label QR, katalog, dan laporan penjualan
          </Text>
        </div>
        {expos.data ? (
          <ExpoTable expos={expos.data.expos} programs={programList} />
        ) : (
          <QueryState isLoading={expos.isLoading} error={expos.error} />
        )}
      </Container>
    </div>
  )
}

const CampaignsPage = () => (
  <QueryProvider>
    <Campaigns />
  </QueryProvider>
)

export const config = defineRouteConfig({
  label: "Kampanye CSR",
  icon: AcademicCap,
})

export const handle = {
  breadcrumb: () => "Kampanye CSR",
}

export default CampaignsPage
