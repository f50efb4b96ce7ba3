import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Photo } from "@medusajs/icons"
import { Link } from "react-router-dom"
import type { AdminFacilityProduct } from "../lib/types"

const STATUS_COLOR: Record<string, "green" | "orange" | "grey" | "red"> = {
  published: "green",
  draft: "grey",
  proposed: "orange",
  rejected: "red",
}

const Thumbnail = ({ src }: { src: string | null }) => (
  <div className="bg-ui-bg-component flex h-8 w-6 items-center justify-center overflow-hidden rounded">
    {src ? <img src={src} alt="" className="h-full w-full object-cover" /> : <Photo className="text-ui-fg-subtle" />}
  </div>
)

/** The facility's products (the link facility ↔ product), each linking to Medusa's product page. */
export const ProductsSection = ({ products }: { products: AdminFacilityProduct[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Products</Heading>
    </div>
    {products.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {products.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <Link to={`/products/${p.id}`} className="flex items-center gap-x-3">
                  <Thumbnail src={p.thumbnail} />
                  <span className="txt-compact-small-plus">{p.title}</span>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[p.status] ?? "grey"}>{p.status}</StatusBadge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          No products yet. Facility staff add them in the portal.
        </Text>
      </div>
    )}
  </Container>
)
