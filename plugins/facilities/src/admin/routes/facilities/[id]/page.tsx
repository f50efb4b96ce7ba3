import { useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { Container } from "@medusajs/ui"
import { FacilityEditSection } from "../../../components/facility-edit-section"
import { ParticipantsSection } from "../../../components/participants-section"
import { ProductsSection } from "../../../components/products-section"
import { QueryState } from "../../../components/query-state"
import { StaffSection } from "../../../components/staff-section"
import { useFacility } from "../../../lib/queries"
import { QueryProvider } from "../../../lib/query-client"
import { sdk } from "../../../lib/sdk"

const FacilityDetail = ({ id }: { id: string }) => {
  const { data, isLoading, error } = useFacility(id)
  if (!data) {
    return (
      <Container className="p-0">
        <QueryState isLoading={isLoading} error={error} />
      </Container>
    )
  }
  const { facility } = data
  return (
    <div className="flex flex-col gap-y-3">
      <FacilityEditSection facility={facility} />
      <StaffSection facilityId={facility.id} staff={facility.staff ?? []} />
      <ParticipantsSection participants={facility.participants ?? []} />
      <ProductsSection products={facility.products ?? []} />
    </div>
  )
}

const FacilityDetailPage = () => {
  const { id } = useParams()
  return <QueryProvider>{id ? <FacilityDetail id={id} /> : null}</QueryProvider>
}

type LoaderData = { name: string } | null

/** Only for the breadcrumb; the page loads the facility itself (and shows the error if there is one). */
export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  try {
    const { facility } = await sdk.client.fetch<{ facility: { name: string } }>(`/admin/facilities/${params.id}`)
    return { name: facility.name }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) => match.data?.name ?? "Facility",
}

export default FacilityDetailPage
