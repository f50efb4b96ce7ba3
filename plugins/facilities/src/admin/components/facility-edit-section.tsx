import { Button, Container, Heading, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { facilityToForm, formToUpdateBody, type FacilityFormValues } from "../lib/facility-form"
import { useUpdateFacility } from "../lib/queries"
import type { AdminFacility } from "../lib/types"
import { ActiveBadge } from "./active-badge"
import { FacilityFormFields } from "./facility-form-fields"

/** The facility's own fields, edited in place and saved with POST /admin/facilities/:id. */
export const FacilityEditSection = ({ facility }: { facility: AdminFacility }) => {
  const [values, setValues] = useState<FacilityFormValues>(() => facilityToForm(facility))
  const update = useUpdateFacility(facility.id)
  // Take the server's values when the facility itself changed (saved here or elsewhere), not on every refetch:
  // adding a staff account refetches the facility and must not throw away unsaved edits.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setValues(facilityToForm(facility)), [facility.id, facility.updated_at])

  const dirty = JSON.stringify(values) !== JSON.stringify(facilityToForm(facility))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    update.mutate(formToUpdateBody(values), {
      onSuccess: () => toast.success("Facility saved"),
      onError: (err) => toastError(err),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{facility.name}</Heading>
        <ActiveBadge active={facility.is_active} />
      </div>
      <form onSubmit={onSubmit}>
        <div className="px-6 py-4">
          <FacilityFormFields
            values={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            idPrefix="facility-edit"
          />
        </div>
        <div className="flex justify-end gap-x-2 border-t px-6 py-4">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || update.isPending}
            onClick={() => setValues(facilityToForm(facility))}
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
