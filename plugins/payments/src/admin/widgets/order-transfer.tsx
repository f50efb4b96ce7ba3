import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { formatDateTime, formatRupiah } from "../lib/format"
import { useConfirmTransfer, useOrderTransfer } from "../lib/queries"
import { QueryProvider } from "../lib/query-client"
import type { PaymentStatus, StaffTransfer } from "../lib/types"

const STATUS: Record<PaymentStatus, { label: string; color: "orange" | "green" | "grey" | "red" | "blue" }> = {
  awaiting: { label: "Awaiting transfer", color: "orange" },
  paid: { label: "Paid", color: "green" },
  expired: { label: "Expired / canceled", color: "grey" },
  flagged: { label: "Flagged for staff", color: "red" },
  refunded: { label: "Refunded", color: "blue" },
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-start gap-2 px-6 py-2">
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-right">
      {children}
    </Text>
  </div>
)

const Flags = ({ transfer }: { transfer: StaffTransfer }) =>
  transfer.flags.length ? (
    <div className="flex flex-col gap-2 px-6 py-4">
      <Text size="small" weight="plus">
        Flags
      </Text>
      {transfer.flags.map((f) => (
        <div key={f.id} className="rounded-md border px-3 py-2">
          <div className="flex items-center justify-between gap-2">
            <Text size="xsmall" weight="plus">
              {f.reason === "amount_mismatch" ? "Amount does not match" : f.reason.replace("_", " ")}
            </Text>
            <StatusBadge color={f.resolved_at ? "grey" : "red"}>{f.resolved_at ? "Resolved" : "Open"}</StatusBadge>
          </div>
          {f.received_amount !== null && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Received {formatRupiah(f.received_amount)}
              {f.expected_amount !== null ? `, expected ${formatRupiah(f.expected_amount)}` : ""}
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatDateTime(f.created_at)}
            {f.resolution ? ` · ${f.resolution}` : ""}
          </Text>
        </div>
      ))}
    </div>
  ) : null

const ConfirmForm = ({ transfer }: { transfer: StaffTransfer }) => {
  const [amount, setAmount] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const confirm = useConfirmTransfer(transfer.order_id)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(amount.replace(/[.\s]/g, ""))
    if (!Number.isInteger(value) || value <= 0) {
      setProblem("Enter the amount that arrived, in whole rupiah (e.g. 125000).")
      return
    }
    setProblem(null)
    confirm.mutate(value, {
      onSuccess: (answer) => {
        toast.success(answer.outcome === "captured" ? "Transfer confirmed: the payment is captured." : "This payment was already captured.")
        setAmount("")
      },
      onError: (error) => setProblem(error instanceof Error ? error.message : String(error)),
    })
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 px-6 py-4">
      <Label htmlFor="karya-amount-received" size="small" weight="plus">
        Amount received (Rp)
      </Label>
      <Input
        id="karya-amount-received"
        inputMode="numeric"
        placeholder={String(transfer.amount_due)}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby="karya-amount-received-hint"
      />
      <Text id="karya-amount-received-hint" size="xsmall" className={problem ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {problem ?? `The total is ${formatRupiah(transfer.amount_due)}. Another amount flags the payment and captures nothing.`}
      </Text>
      <Button type="submit" size="small" isLoading={confirm.isPending}>
        Confirm transfer received
      </Button>
    </form>
  )
}

const OrderTransfer = ({ orderId }: { orderId: string }) => {
  const { data: transfer, isLoading, error } = useOrderTransfer(orderId)
  if (isLoading || transfer === null) return null
  if (error || !transfer) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          The payment could not be loaded: {error instanceof Error ? error.message : "unknown error"}
        </Text>
      </Container>
    )
  }
  const status = STATUS[transfer.status]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{transfer.reference ? "Bank transfer" : "Payment"}</Heading>
        <StatusBadge color={status.color}>{status.label}</StatusBadge>
      </div>
      <div className="py-2">
        {transfer.reference && (
          <Row label="Reference">
            <span className="font-mono">{transfer.reference}</span>
          </Row>
        )}
        {transfer.captured_at ? (
          <Row label="Amount paid">{formatRupiah(transfer.amount)}</Row>
        ) : (
          <Row label="Amount due">{formatRupiah(transfer.amount_due)}</Row>
        )}
        {transfer.bank_name && (
          <Row label="Into">
            {transfer.bank_name} {transfer.account_number}
          </Row>
        )}
        {transfer.expires_at && transfer.status === "awaiting" && <Row label="Pay by">{formatDateTime(transfer.expires_at)}</Row>}
        {transfer.captured_at && <Row label="Captured">{formatDateTime(transfer.captured_at)}</Row>}
        {!transfer.reference && <Row label="Provider">{transfer.provider_id}</Row>}
      </div>
      <Flags transfer={transfer} />
      {transfer.can_confirm && <ConfirmForm transfer={transfer} />}
    </Container>
  )
}

const OrderTransferWidget = ({ data }: DetailWidgetProps<AdminOrder>) => (
  <QueryProvider>
    <OrderTransfer orderId={data.id} />
  </QueryProvider>
)

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
  id: "karya-payments:order-transfer",
})

export default OrderTransferWidget
