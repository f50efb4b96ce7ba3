import { Button, Drawer, toast } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { fieldErrors, noErrors, type FieldErrors } from "../lib/field-errors"
import {
  emptyProgramForm,
  formToCreateBody,
  PROGRAM_FIELDS,
  slugify,
  type ProgramField,
  type ProgramFormValues,
} from "../lib/program-form"
import { useCreateProgram } from "../lib/queries"
import { programPath } from "../lib/paths"
import { FormError } from "./form-field"
import { ProgramFormFields } from "./program-form-fields"

/** "Buat program" and the drawer with the new program's form; the server's 400s show under their fields. */
export const ProgramCreateDrawer = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<ProgramFormValues>(emptyProgramForm)
  const [handleTouched, setHandleTouched] = useState(false)
  const [errors, setErrors] = useState<FieldErrors<ProgramField>>(noErrors)
  const create = useCreateProgram()
  const navigate = useNavigate()

  const onChange = (patch: Partial<ProgramFormValues>) => {
    if ("handle" in patch) setHandleTouched(true)
    setValues((v) => {
      const next = { ...v, ...patch }
      if (!handleTouched && "name" in patch) next.handle = slugify(next.name)
      return next
    })
  }

  const reset = () => {
    setValues(emptyProgramForm)
    setHandleTouched(false)
    setErrors(noErrors())
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setErrors(noErrors())
    create.mutate(formToCreateBody(values), {
      onSuccess: ({ program }) => {
        toast.success(`Program ${program.name} dibuat`)
        setOpen(false)
        reset()
        navigate(programPath(program.id))
      },
      onError: (err) => setErrors(fieldErrors(err, PROGRAM_FIELDS)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Buat program
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Program CSR baru</Drawer.Title>
            <Drawer.Description className="sr-only">Program TJSL yang mendanai pelatihan di lapas</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <ProgramFormFields values={values} onChange={onChange} errors={errors.fields} idPrefix="program-create" showActive />
            <FormError message={errors.form} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Batal
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Simpan program
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
