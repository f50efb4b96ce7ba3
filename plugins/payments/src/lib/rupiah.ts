import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

const ROUND_HALF_UP = 4 // bignumber.js BigNumber.ROUND_HALF_UP

/** A Medusa amount (a big number in major units) as whole rupiah, rounded half up: IDR has no smaller unit. */
export function rupiahOf(value: BigNumberInput | null | undefined): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value).decimalPlaces(0, ROUND_HALF_UP).toNumber()
}

/** "Rp 150.000" */
export const formatRupiah = (amount: number) => `Rp ${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount)}`
