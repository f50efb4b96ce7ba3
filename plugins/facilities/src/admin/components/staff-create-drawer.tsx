import { Button, Drawer, Input, Select, toast } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { useCreateStaff } from "../lib/queries"
import type { CreateStaffBody, StaffRole } from "../lib/types"
import { FormField } from "./form-field"

const empty: CreateStaffBody = { email: "", name: "", role: "staff", password: "" }

/** Creates a staff account (portal sign-in) for the facility. */
export const StaffCreateDrawer = ({ facilityId }: { facilityId: string }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<CreateStaffBody>(empty)
  const create = useCreateStaff(facilityId)
  const set = (patch: Partial<CreateStaffBody>) => setValues((v) => ({ ...v, ...patch }))

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate(values, {
      onSuccess: ({ staff }) => {
        toast.success(`Staff account ${staff.email} created`)
        setOpen(false)
        setValues(empty)
      },
      onError: (err) => toastError(err),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Add staff
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New staff account</Drawer.Title>
            <Drawer.Description className="sr-only">A sign-in for the facility portal</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField id="staff-name" label="Name">
              <Input id="staff-name" value={values.name} onChange={(e) => set({ name: e.target.value })} />
            </FormField>
            <FormField id="staff-email" label="Email">
              <Input
                id="staff-email"
                type="email"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set({ email: e.target.value })}
              />
            </FormField>
            <FormField id="staff-role" label="Role" hint="Managers can do everything staff can, for their own facility">
              <Select value={values.role} onValueChange={(v) => set({ role: v as StaffRole })}>
                <Select.Trigger id="staff-role">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="manager">Manager</Select.Item>
                  <Select.Item value="staff">Staff</Select.Item>
                </Select.Content>
              </Select>
            </FormField>
            <FormField id="staff-password" label="Password" hint="At least 10 characters; share it with the person safely">
              <Input
                id="staff-password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set({ password: e.target.value })}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create account
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
