import { Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { toastError } from "../lib/errors"
import { useCsrStaff, useUpdateCsrStaff } from "../lib/queries"
import { programNames } from "../lib/staff-form"
import type { CsrStaff, Program } from "../lib/types"
import { ActiveBadge } from "./active-badge"
import { CsrStaffCreateDrawer, CsrStaffEditDrawer } from "./csr-staff-drawers"
import { QueryState } from "./query-state"

/** The CSR staff accounts: who they are, which programs they see, whether they can sign in. */
export const CsrStaffSection = ({ programs }: { programs: Program[] }) => {
  const { data, isLoading, error } = useCsrStaff()
  const update = useUpdateCsrStaff()
  const prompt = usePrompt()

  const setActive = async (s: CsrStaff, is_active: boolean) => {
    if (!is_active) {
      const confirmed = await prompt({
        title: "Nonaktifkan akun staf CSR?",
        description: `${s.name} (${s.email}) tidak dapat lagi masuk ke Portal CSR sampai akunnya diaktifkan kembali.`,
        confirmText: "Nonaktifkan",
        cancelText: "Batal",
      })
      if (!confirmed) return
    }
    update.mutate(
      { id: s.id, body: { is_active } },
      {
        onSuccess: () => toast.success(`${s.email} ${is_active ? "diaktifkan" : "dinonaktifkan"}`),
        onError: (err) => toastError(err),
      }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="csr-staff-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Staf CSR</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Tim sponsor yang masuk ke Portal CSR; masing-masing hanya melihat programnya sendiri
          </Text>
        </div>
        <CsrStaffCreateDrawer programs={programs} />
      </div>
      {!data ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : data.staff.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Nama</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Program</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Tindakan</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.staff.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{s.name}</Table.Cell>
                <Table.Cell>{s.email}</Table.Cell>
                <Table.Cell>{programNames(s.program_ids, programs).join(", ") || "–"}</Table.Cell>
                <Table.Cell>
                  <ActiveBadge active={s.is_active} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-1">
                    <CsrStaffEditDrawer staff={s} programs={programs} />
                    <Button
                      size="small"
                      variant="secondary"
                      type="button"
                      disabled={update.isPending}
                      onClick={() => setActive(s, !s.is_active)}
                    >
                      {s.is_active ? "Nonaktifkan" : "Aktifkan"}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            Belum ada akun staf CSR.
          </Text>
        </div>
      )}
    </Container>
  )
}
