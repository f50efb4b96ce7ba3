import { Badge, Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { toastError } from "../lib/errors"
import { useDeleteStaff } from "../lib/queries"
import type { AdminStaff } from "../lib/types"
import { StaffCreateDrawer } from "./staff-create-drawer"

/** The facility's staff accounts: list, create, delete. */
export const StaffSection = ({ facilityId, staff }: { facilityId: string; staff: AdminStaff[] }) => {
  const remove = useDeleteStaff(facilityId)
  const prompt = usePrompt()

  const onDelete = async (s: AdminStaff) => {
    const confirmed = await prompt({
      title: "Delete staff account?",
      description: `${s.name} (${s.email}) will be signed out and can no longer sign in to the portal.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(s.id, {
      onSuccess: () => toast.success(`Staff account ${s.email} deleted`),
      onError: (err) => toastError(err),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Staff accounts</Heading>
        <StaffCreateDrawer facilityId={facilityId} />
      </div>
      {staff.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {staff.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{s.name}</Table.Cell>
                <Table.Cell>{s.email}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={s.role === "manager" ? "blue" : "grey"}>
                    {s.role}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Delete ${s.email}`}
                    disabled={remove.isPending}
                    onClick={() => onDelete(s)}
                  >
                    <Trash />
                  </IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No staff accounts yet.
          </Text>
        </div>
      )}
    </Container>
  )
}
