import { StatusBadge } from "@medusajs/ui"
import { KIND_LABELS } from "../lib/format"
import type { EntryKind } from "../lib/types"

const COLORS: Record<EntryKind, "green" | "red" | "blue" | "orange"> = {
  sale: "green",
  refund: "red",
  payout: "blue",
  adjustment: "orange",
}

export const KindBadge = ({ kind }: { kind: EntryKind }) => (
  <StatusBadge color={COLORS[kind] ?? "grey"}>{KIND_LABELS[kind] ?? kind}</StatusBadge>
)
