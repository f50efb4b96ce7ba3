import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { CheckCircle } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { useUpdateMotif } from "../lib/queries"
import type { AdminMotif } from "../lib/types"
import { FormField } from "./form-field"

/** "Mark registered": sets status registered with the DJKI registration number (and the application number). */
export const MarkRegisteredDrawer = ({ motif, disabled }: { motif: AdminMotif; disabled?: boolean }) => {
  const [open, setOpen] = useState(false)
  const [registration, setRegistration] = useState(motif.registration_number ?? "")
  const [application, setApplication] = useState(motif.application_number ?? "")
  const update = useUpdateMotif(motif.id)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setRegistration(motif.registration_number ?? "")
      setApplication(motif.application_number ?? "")
    }
    setOpen(next)
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    update.mutate(
      {
        status: "registered",
        registration_number: registration.trim() || null,
        application_number: application.trim() || null,
      },
      {
        onSuccess: () => {
          toast.success(`${motif.title} marked registered`)
          setOpen(false)
        },
        onError: (err) => toastError(err),
      },
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={disabled} title={disabled ? "Save or reset your edits first" : undefined}>
          <CheckCircle />
          Mark registered
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Mark registered</Drawer.Title>
            <Drawer.Description className="sr-only">Record the DJKI registration of this motif</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              Record the copyright registration (surat pencatatan ciptaan) DJKI issued for “{motif.title}”.
            </Text>
            <FormField id="motif-register-number" label="DJKI registration number" hint="9 digits">
              <Input
                id="motif-register-number"
                className="font-mono"
                placeholder="000450101"
                value={registration}
                onChange={(e) => setRegistration(e.target.value)}
              />
            </FormField>
            <FormField id="motif-register-application" label="DJKI application number" optional hint="EC00 + year + digits">
              <Input
                id="motif-register-application"
                className="font-mono"
                placeholder="EC00202312345"
                value={application}
                onChange={(e) => setApplication(e.target.value)}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={update.isPending}>
              Mark registered
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
