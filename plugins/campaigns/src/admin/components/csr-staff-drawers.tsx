import { Button, Drawer, Input, toast } from "@medusajs/ui"
import { PencilSquare, Plus } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { fieldErrors, noErrors, type FieldErrors } from "../lib/field-errors"
import { useCreateCsrStaff, useUpdateCsrStaff } from "../lib/queries"
import {
  emptyStaffForm,
  formToCreateStaffBody,
  formToUpdateStaffBody,
  STAFF_FIELDS,
  type StaffField,
  type StaffFormValues,
} from "../lib/staff-form"
import type { CsrStaff, Program } from "../lib/types"
import { CheckboxList } from "./checkbox-list"
import { FormError, FormField } from "./form-field"

const UNITS = { program_ids: "program" } as const

const programOptions = (programs: Program[]) =>
  programs.map((p) => ({ id: p.id, label: p.name, hint: p.is_active ? p.sponsor.company : `${p.sponsor.company}, nonaktif` }))

/** "Tambah staf CSR": an account that signs in to the CSR portal and sees only the chosen programs. */
export const CsrStaffCreateDrawer = ({ programs }: { programs: Program[] }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<StaffFormValues>(emptyStaffForm)
  const [errors, setErrors] = useState<FieldErrors<StaffField>>(noErrors)
  const create = useCreateCsrStaff()
  const set = (patch: Partial<StaffFormValues>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(emptyStaffForm)
      setErrors(noErrors())
    }
    setOpen(next)
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setErrors(noErrors())
    create.mutate(formToCreateStaffBody(values), {
      onSuccess: ({ staff }) => {
        toast.success(`Akun staf CSR ${staff.email} dibuat`)
        setOpen(false)
      },
      onError: (err) => setErrors(fieldErrors(err, STAFF_FIELDS, UNITS)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Tambah staf CSR
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Staf CSR baru</Drawer.Title>
            <Drawer.Description className="sr-only">Akun masuk Portal CSR untuk program tertentu</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField id="csr-staff-name" label="Nama" error={errors.fields.name}>
              <Input id="csr-staff-name" value={values.name} onChange={(e) => set({ name: e.target.value })} />
            </FormField>
            <FormField id="csr-staff-email" label="Email" error={errors.fields.email}>
              <Input
                id="csr-staff-email"
                type="email"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set({ email: e.target.value })}
              />
            </FormField>
            <FormField id="csr-staff-programs" label="Program" hint="Ia hanya melihat program yang dipilih" error={errors.fields.program_ids}>
              <CheckboxList
                idPrefix="csr-staff-programs"
                options={programOptions(programs)}
                value={values.program_ids}
                onChange={(program_ids) => set({ program_ids })}
                empty="Belum ada program."
              />
            </FormField>
            <FormField
              id="csr-staff-password"
              label="Kata sandi awal"
              hint="Minimal 10 karakter; sampaikan kepada yang bersangkutan dengan aman"
              error={errors.fields.password}
            >
              <Input
                id="csr-staff-password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set({ password: e.target.value })}
              />
            </FormField>
            <FormError message={errors.form} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Batal
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Buat akun
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** Changes a staff member's name and programs (her email and password stay hers). */
export const CsrStaffEditDrawer = ({ staff, programs }: { staff: CsrStaff; programs: Program[] }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState({ name: staff.name, program_ids: staff.program_ids })
  const [errors, setErrors] = useState<FieldErrors<StaffField>>(noErrors)
  const update = useUpdateCsrStaff()
  const idp = `csr-staff-${staff.id}`

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues({ name: staff.name, program_ids: staff.program_ids })
      setErrors(noErrors())
    }
    setOpen(next)
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const body = formToUpdateStaffBody(values, staff)
    if (!Object.keys(body).length) return setOpen(false)
    setErrors(noErrors())
    update.mutate(
      { id: staff.id, body },
      {
        onSuccess: () => {
          toast.success(`Staf CSR ${staff.email} disimpan`)
          setOpen(false)
        },
        onError: (err) => setErrors(fieldErrors(err, STAFF_FIELDS, UNITS)),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent" aria-label={`Ubah ${staff.email}`}>
          <PencilSquare />
          Ubah
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Ubah staf CSR</Drawer.Title>
            <Drawer.Description>{staff.email}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField id={`${idp}-name`} label="Nama" error={errors.fields.name}>
              <Input
                id={`${idp}-name`}
                value={values.name}
                onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
              />
            </FormField>
            <FormField id={`${idp}-programs`} label="Program" error={errors.fields.program_ids}>
              <CheckboxList
                idPrefix={`${idp}-programs`}
                options={programOptions(programs)}
                value={values.program_ids}
                onChange={(program_ids) => setValues((v) => ({ ...v, program_ids }))}
                empty="Belum ada program."
              />
            </FormField>
            <FormError message={errors.form} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Batal
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={update.isPending}>
              Simpan
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
