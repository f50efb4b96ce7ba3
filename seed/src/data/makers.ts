// Which participants are credited as the makers of each demo product, and with what weight. A pure function of the
// catalogue and the participants, so the seed and the tests agree on it on every machine.
import { products } from "./catalogue"
import { participants } from "./participants"

export interface SeedMakerCredit {
  /** the participant's registration number */
  registration_number: string
  weight: number
}

/** One or two makers per product among its facility's participants who practise its craft, chosen by the product's
 * position in the catalogue; the first maker weighs 2, a second 1. */
export function makersOf(handle: string): SeedMakerCredit[] {
  const index = products.findIndex((p) => p.handle === handle)
  const p = products[index]
  if (!p) return []
  const makers = participants.filter((m) => m.facility === p.facility && m.crafts.includes(p.craft))
  const at = index % Math.max(makers.length, 1)
  const chosen = makers.length > 1 && index % 2 === 0 ? [makers[0]!, makers[1]!] : makers.slice(at, at + 1)
  return chosen.map((m, i) => ({ registration_number: m.registration_number, weight: i === 0 ? 2 : 1 }))
}
