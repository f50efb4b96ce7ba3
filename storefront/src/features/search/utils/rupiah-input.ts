import { MAX_RUPIAH } from "./search-params"

/**
 * A price as a buyer types it: "150000", "150.000" or "Rp 150.000" → 150000; empty → undefined (no bound);
 * anything else (decimals, negative, letters) → null.
 */
export function parseRupiahInput(input: string): number | undefined | null {
  const trimmed = input.trim().replace(/^rp\.?\s*/i, "")
  if (!trimmed) return undefined
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(trimmed.replace(/\s/g, ""))) return null
  const n = Number(trimmed.replace(/[.\s]/g, ""))
  return Number.isSafeInteger(n) && n <= MAX_RUPIAH ? n : null
}
