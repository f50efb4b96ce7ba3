import { Badge, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import type { Program } from "../lib/types"
import { programPath } from "../lib/paths"
import { ActiveBadge } from "./active-badge"

/** Every program, active or not, each linking to its page. */
export const ProgramTable = ({ programs }: { programs: Program[] }) => {
  const navigate = useNavigate()
  if (!programs.length) {
    return (
      <div className="px-6 py-6">
        <Text size="small" className="text-ui-fg-subtle">
          Belum ada program. Buat yang pertama.
        </Text>
      </div>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Program</Table.HeaderCell>
          <Table.HeaderCell>Sponsor</Table.HeaderCell>
          <Table.HeaderCell>Lapas</Table.HeaderCell>
          <Table.HeaderCell>Target SDG</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {programs.map((p) => (
          <Table.Row key={p.id} className="cursor-pointer" onClick={() => navigate(programPath(p.id))}>
            <Table.Cell>
              <Link
                to={programPath(p.id)}
                onClick={(e) => e.stopPropagation()}
                className="txt-compact-small-plus"
              >
                {p.name}
              </Link>
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-2">
                <span>{p.sponsor.company}</span>
                {p.sponsor.unit && <span className="text-ui-fg-subtle txt-compact-xsmall">{p.sponsor.unit}</span>}
              </div>
            </Table.Cell>
            <Table.Cell>{p.facilities.map((f) => f.short_name || f.name).join(", ") || "–"}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap gap-1">
                {p.sdg_targets.length
                  ? p.sdg_targets.map((t) => (
                      <Badge key={t} size="2xsmall" color="blue">
                        {t}
                      </Badge>
                    ))
                  : "–"}
              </div>
            </Table.Cell>
            <Table.Cell>
              <ActiveBadge active={p.is_active} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
