import { StatusBadge } from "@medusajs/ui"
import { STATUS_LABELS } from "../lib/motif-form"
import type { MotifStatus } from "../lib/types"

const COLORS: Record<MotifStatus, "grey" | "orange" | "green" | "red"> = {
  draft: "grey",
  applied: "orange",
  registered: "green",
  expired: "red",
}

export const MotifStatusBadge = ({ status }: { status: MotifStatus }) => (
  <StatusBadge color={COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
)
