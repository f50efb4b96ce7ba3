import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { QueryState } from "../components/query-state"
import { useProductFacility } from "../lib/queries"
import { QueryProvider } from "../lib/query-client"
import type { ProductFacility } from "../lib/types"

const percent = (weight: number, total: number) => (total ? `${Math.round((weight / total) * 100)}%` : "–")

const MakersTable = ({ makers }: { makers: ProductFacility["makers"] }) => {
  const total = makers.reduce((sum, m) => sum + m.weight, 0)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Maker</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {makers.map((m) => (
          <Table.Row key={m.participant_id}>
            <Table.Cell>
              <div className="flex flex-col py-1">
                <span className="txt-compact-small-plus">{m.display_name}</span>
                <span className="txt-compact-xsmall text-ui-fg-subtle">Public: {m.public_label}</span>
                {m.status !== "active" && (
                  <StatusBadge color="grey" className="mt-1 w-fit">
                    {m.status}
                  </StatusBadge>
                )}
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">
              {m.weight} ({percent(m.weight, total)})
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const ProductFacility = ({ productId }: { productId: string }) => {
  const { data, isLoading, error } = useProductFacility(productId)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lapas</Heading>
      </div>
      {!data ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : data.facility ? (
        <>
          <div className="px-6 py-4">
            <Link to={`/facilities/${data.facility.id}`} className="txt-compact-small-plus text-ui-fg-interactive">
              {data.facility.name}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {data.facility.city}, {data.facility.province}
            </Text>
          </div>
          {data.makers.length ? (
            <MakersTable makers={data.makers} />
          ) : (
            <div className="px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                No makers credited yet.
              </Text>
            </div>
          )}
        </>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Not made in a facility.
          </Text>
        </div>
      )}
    </Container>
  )
}

const ProductFacilityWidget = ({ data }: DetailWidgetProps<AdminProduct>) => (
  <QueryProvider>
    <ProductFacility productId={data.id} />
  </QueryProvider>
)

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "karya-facilities:product-facility",
})

export default ProductFacilityWidget
