import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useMemo, useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { fieldErrors, noErrors, type FieldErrors } from "../lib/field-errors"
import {
  formToUpdateBody,
  PROGRAM_FIELDS,
  programToForm,
  type ProgramField,
  type ProgramFormValues,
} from "../lib/program-form"
import { useUpdateProgram } from "../lib/queries"
import type { Program } from "../lib/types"
import { ActiveBadge } from "./active-badge"
import { FormError } from "./form-field"
import { ProgramFormFields } from "./program-form-fields"

/** The program's fields, edited in place (only what changed is sent), and its (de)activation. */
export const ProgramEditSection = ({ program }: { program: Program }) => {
  const initial = useMemo(() => programToForm(program), [program])
  const [values, setValues] = useState<ProgramFormValues>(initial)
  const [errors, setErrors] = useState<FieldErrors<ProgramField>>(noErrors)
  const update = useUpdateProgram(program.id)
  const toggle = useUpdateProgram(program.id)
  const prompt = usePrompt()
  // Take the server's values when the program's fields changed (saved here or elsewhere); (de)activating it must not
  // throw away unsaved edits, so is_active is left out of the comparison.
  const { is_active: _active, ...fields } = initial
  const serverFields = JSON.stringify(fields)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setValues((v) => ({ ...initial, is_active: v.is_active })), [serverFields])

  const body = formToUpdateBody({ ...values, is_active: program.is_active }, { ...initial, is_active: program.is_active })
  const dirty = Object.keys(body).length > 0

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setErrors(noErrors())
    update.mutate(body, {
      onSuccess: () => toast.success("Program disimpan"),
      onError: (err) => setErrors(fieldErrors(err, PROGRAM_FIELDS)),
    })
  }

  const setActive = async (is_active: boolean) => {
    if (!is_active) {
      const confirmed = await prompt({
        title: "Nonaktifkan program?",
        description: `${program.name} tidak lagi tampil di toko. Pameran dan akun staf CSR-nya tetap tersimpan.`,
        confirmText: "Nonaktifkan",
        cancelText: "Batal",
      })
      if (!confirmed) return
    }
    toggle.mutate(
      { is_active },
      {
        onSuccess: () => toast.success(`Program ${program.name} ${is_active ? "diaktifkan" : "dinonaktifkan"}`),
        onError: (err) => toastError(err),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Heading level="h1">{program.name}</Heading>
          <ActiveBadge active={program.is_active} />
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={toggle.isPending}
          onClick={() => setActive(!program.is_active)}
        >
          {program.is_active ? "Nonaktifkan program" : "Aktifkan program"}
        </Button>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <ProgramFormFields
            values={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            errors={errors.fields}
            idPrefix="program-edit"
          />
          <FormError message={errors.form} />
        </div>
        <div className="flex items-center justify-end gap-x-2 border-t px-6 py-4">
          {dirty && (
            <Text size="small" className="text-ui-fg-subtle mr-auto">
              Ada perubahan yang belum disimpan
            </Text>
          )}
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || update.isPending}
            onClick={() => {
              setValues(initial)
              setErrors(noErrors())
            }}
          >
            Batalkan perubahan
          </Button>
          <Button size="small" type="submit" disabled={!dirty} isLoading={update.isPending}>
            Simpan
          </Button>
        </div>
      </form>
    </Container>
  )
}
