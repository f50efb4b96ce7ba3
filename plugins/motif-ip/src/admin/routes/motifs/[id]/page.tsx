import { Container } from "@medusajs/ui"
import { useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { MotifCreditSection } from "../../../components/motif-credit-section"
import { MotifEditSection } from "../../../components/motif-edit-section"
import { QueryState } from "../../../components/query-state"
import { useMotif } from "../../../lib/queries"
import { QueryProvider } from "../../../lib/query-client"
import { sdk } from "../../../lib/sdk"

const MotifDetail = ({ id }: { id: string }) => {
  const { data, isLoading, error } = useMotif(id)
  if (!data) {
    return (
      <Container className="p-0">
        <QueryState isLoading={isLoading} error={error} />
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <MotifEditSection motif={data.motif} />
      <MotifCreditSection motif={data.motif} />
    </div>
  )
}

const MotifDetailPage = () => {
  const { id } = useParams()
  return <QueryProvider>{id ? <MotifDetail id={id} /> : null}</QueryProvider>
}

type LoaderData = { title: string } | null

/** Only for the breadcrumb; the page loads the motif itself (and shows the error if there is one). */
export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  try {
    const { motif } = await sdk.client.fetch<{ motif: { title: string } }>(`/admin/motifs/${params.id}`)
    return { title: motif.title }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) => match.data?.title ?? "Motif",
}

export default MotifDetailPage
