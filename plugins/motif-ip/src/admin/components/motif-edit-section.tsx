import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { formToUpdateBody, motifToForm, type MotifFormValues } from "../lib/motif-form"
import { useParticipantOptions, useUpdateMotif } from "../lib/queries"
import type { AdminMotif } from "../lib/types"
import { MarkRegisteredDrawer } from "./mark-registered-drawer"
import { MotifFormFields } from "./motif-form-fields"
import { MotifStatusBadge } from "./motif-status-badge"

/** The motif's record, edited in place and saved with POST /admin/motifs/:id. */
export const MotifEditSection = ({ motif }: { motif: AdminMotif }) => {
  const [values, setValues] = useState<MotifFormValues>(() => motifToForm(motif))
  const update = useUpdateMotif(motif.id)
  const participants = useParticipantOptions(motif.facility_id)
  const saved = JSON.stringify(motifToForm(motif))
  // Take the server's values when the saved motif changed (here or by "Mark registered"), not on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setValues(motifToForm(motif)), [motif.id, saved])

  const dirty = JSON.stringify(values) !== saved
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    update.mutate(formToUpdateBody(values), {
      onSuccess: () => toast.success("Motif saved"),
      onError: (err) => toastError(err),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{motif.title}</Heading>
            <MotifStatusBadge status={motif.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {motif.facility?.name ?? "No facility"}
          </Text>
        </div>
        {motif.status !== "registered" && <MarkRegisteredDrawer motif={motif} disabled={dirty} />}
      </div>
      <form onSubmit={onSubmit}>
        <div className="px-6 py-4">
          <MotifFormFields
            values={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            participants={participants.data?.facility.participants ?? []}
          />
        </div>
        <div className="flex justify-end gap-x-2 border-t px-6 py-4">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || update.isPending}
            onClick={() => setValues(motifToForm(motif))}
          >
            Reset
          </Button>
          <Button size="small" type="submit" disabled={!dirty} isLoading={update.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}
