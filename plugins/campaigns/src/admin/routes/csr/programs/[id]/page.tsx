import { useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { Container, Heading, Text } from "@medusajs/ui"
import { ExpoTable } from "../../../../components/expo-table"
import { ProgramEditSection } from "../../../../components/program-edit-section"
import { ProgramReportSection } from "../../../../components/program-report-section"
import { QueryState } from "../../../../components/query-state"
import { useProgram } from "../../../../lib/queries"
import { QueryProvider } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"

const ProgramDetail = ({ id }: { id: string }) => {
  const { data, isLoading, error } = useProgram(id)
  if (!data) {
    return (
      <Container className="p-0">
        <QueryState isLoading={isLoading} error={error} />
      </Container>
    )
  }
  const { program } = data
  return (
    <div className="flex flex-col gap-y-3">
      <ProgramEditSection program={program} />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Pameran program ini</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Dibuat oleh tim CSR program di Portal CSR
          </Text>
        </div>
        <ExpoTable expos={program.expos} programs={[program]} showProgram={false} />
      </Container>
      <ProgramReportSection program={program} />
    </div>
  )
}

const ProgramDetailPage = () => {
  const { id } = useParams()
  return <QueryProvider>{id ? <ProgramDetail id={id} /> : null}</QueryProvider>
}

type LoaderData = { name: string } | null

/** Only for the breadcrumb; the page loads the program itself (and shows the error if there is one). */
export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  try {
    const { program } = await sdk.client.fetch<{ program: { name: string } }>(`/admin/campaigns/programs/${params.id}`)
    return { name: program.name }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) => match.data?.name ?? "Program",
}

export default ProgramDetailPage
