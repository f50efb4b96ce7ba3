import { Button, Drawer, toast } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { toastError } from "../lib/errors"
import { emptyFacilityForm, formToCreateBody, slugify, type FacilityFormValues } from "../lib/facility-form"
import { useCreateFacility } from "../lib/queries"
import { FacilityFormFields } from "./facility-form-fields"

/** "Create" button and the drawer with the new facility's form. */
export const FacilityCreateDrawer = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<FacilityFormValues>(emptyFacilityForm)
  const [handleTouched, setHandleTouched] = useState(false)
  const create = useCreateFacility()
  const navigate = useNavigate()

  const onChange = (patch: Partial<FacilityFormValues>) => {
    if ("handle" in patch) setHandleTouched(true)
    setValues((v) => {
      const next = { ...v, ...patch }
      if (!handleTouched && "name" in patch) next.handle = slugify(next.name)
      return next
    })
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate(formToCreateBody(values), {
      onSuccess: ({ facility }) => {
        toast.success(`Facility ${facility.name} created`)
        setOpen(false)
        setValues(emptyFacilityForm)
        setHandleTouched(false)
        navigate(`/facilities/${facility.id}`)
      },
      onError: (err) => toastError(err),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Create
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New facility</Drawer.Title>
            <Drawer.Description className="sr-only">A facility whose makers sell in the store</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            <FacilityFormFields values={values} onChange={onChange} idPrefix="facility-create" />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create facility
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
