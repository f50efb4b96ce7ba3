import { Button, Drawer, Input, Text, Textarea, toast } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { useState, type FormEvent } from "react"
import { toastError } from "../lib/errors"
import { formatBps } from "../lib/format"
import { useRecordTemplate } from "../lib/queries"
import type { Template } from "../lib/types"
import { FormField } from "./form-field"

const FIELDS = [
  { name: "premi_bps", label: "Premi (makers)" },
  { name: "pnbp_bps", label: "PNBP" },
  { name: "capital_bps", label: "Production capital" },
  { name: "platform_bps", label: "Platform fee" },
] as const

type Name = (typeof FIELDS)[number]["name"]
type Values = Record<Name, string>

const TOTAL = 10_000

const fromTemplate = (t: Template): Values => ({
  premi_bps: String(t.premi_bps),
  pnbp_bps: String(t.pnbp_bps),
  capital_bps: String(t.capital_bps),
  platform_bps: String(t.platform_bps),
})

/** Empty is 0; anything else as typed, so a fraction reaches the API and comes back as its 400. */
const toNumber = (s: string) => (s.trim() === "" ? 0 : Number(s.trim()))

/**
 * Records a new version of the facility's split template: four whole numbers of basis points that total 10000.
 * The total is shown as it is typed; the API is the judge, and its 400 (naming the field) shows as a toast.
 */
export const TemplateDrawer = ({ facilityId, current }: { facilityId: string; current: Template }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => fromTemplate(current))
  const [note, setNote] = useState("")
  const record = useRecordTemplate(facilityId)

  const numbers = FIELDS.map((f) => toNumber(values[f.name]))
  const total = numbers.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0)
  const allWhole = numbers.every((n) => Number.isInteger(n) && n >= 0)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(fromTemplate(current))
      setNote("")
    }
    setOpen(next)
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const body = {
      premi_bps: toNumber(values.premi_bps),
      pnbp_bps: toNumber(values.pnbp_bps),
      capital_bps: toNumber(values.capital_bps),
      platform_bps: toNumber(values.platform_bps),
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    record.mutate(body, {
      onSuccess: ({ template }) => {
        toast.success(`Template v${template.version} recorded`)
        setOpen(false)
      },
      onError: (err) => toastError(err),
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          New version
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New template version</Drawer.Title>
            <Drawer.Description className="sr-only">Record a new split template version for this facility</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              Basis points of what is left of each sale after royalties: 100 bps = 1%. The four must total 10000.
              Payments captured before this version keep the version they were split with.
            </Text>
            {FIELDS.map((f) => (
              <FormField key={f.name} id={`template-${f.name}`} label={`${f.label} (bps)`}>
                <Input
                  id={`template-${f.name}`}
                  name={f.name}
                  type="number"
                  inputMode="numeric"
                  step={1}
                  min={0}
                  max={TOTAL}
                  className="tabular-nums"
                  value={values[f.name]}
                  onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                />
              </FormField>
            ))}
            <Text
              size="small"
              weight="plus"
              data-testid="template-total"
              className={total === TOTAL && allWhole ? "text-ui-fg-subtle" : "text-ui-fg-error"}
            >
              Total: {total} bps ({formatBps(total)})
              {total !== TOTAL && ` — ${total < TOTAL ? TOTAL - total : total - TOTAL} bps ${total < TOTAL ? "short of" : "over"} 10000`}
              {!allWhole && " — whole, non-negative numbers only"}
            </Text>
            <FormField id="template-note" label="Note" optional hint="Why the split changes, e.g. the decision it follows">
              <Textarea id="template-note" value={note} onChange={(e) => setNote(e.target.value)} />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={record.isPending}>
              Record version
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
