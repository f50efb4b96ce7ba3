import { clx } from "@medusajs/ui"
import { formatRupiah } from "../lib/format"

/** A rupiah amount; refunds, payouts and other negatives stand out in red with their minus sign. */
export const Amount = ({ value, className }: { value: number; className?: string }) => (
  <span className={clx("tabular-nums whitespace-nowrap", value < 0 && "text-ui-fg-error", className)}>
    {formatRupiah(value)}
  </span>
)
