// Display labels for the portal's enumerations; unknown values (a newer backend) show as they are.
import type { TFunction } from "i18next"
import type { ParticipantStatus } from "../api/types"
import type { ConsentState } from "../utils/consent"
import { isSkill } from "../utils/participant-form"
import { PAYOUT_METHODS } from "../utils/payout-form"

export const skillLabel = (t: TFunction, skill: string) =>
  isSkill(skill) ? t(`portal.skills.${skill}`) : skill

export const participantStatusLabel = (t: TFunction, status: ParticipantStatus) =>
  t(`portal.participantStatus.${status}`)

export const consentLabel = (t: TFunction, state: ConsentState) => t(`portal.consentState.${state}`)

const PAYMENT = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "completed",
  "partially_captured",
  "refunded",
  "partially_refunded",
  "canceled",
  "requires_action",
] as const
const FULFILLMENT = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/** A payment collection that is paid: "captured", or "completed" once Medusa has captured all of it. */
export const isPaidStatus = (status: string) => status === "captured" || status === "completed"

export const paymentStatusLabel = (t: TFunction, status: string) =>
  oneOf(PAYMENT, status) ? t(`portal.paymentStatus.${status}`) : status

export const fulfillmentStatusLabel = (t: TFunction, status: string) =>
  oneOf(FULFILLMENT, status) ? t(`portal.fulfillmentStatus.${status}`) : status

const LEDGER_KINDS = ["sale", "refund", "payout", "adjustment"] as const
const LEDGER_SHARES = ["royalty", "premi", "pnbp", "capital", "platform"] as const

export const payoutMethodLabel = (t: TFunction, method: string) =>
  oneOf(PAYOUT_METHODS, method) ? t(`portal.payoutMethod.${method}`) : method

export const ledgerKindLabel = (t: TFunction, kind: string) =>
  oneOf(LEDGER_KINDS, kind) ? t(`portal.ledgerKind.${kind}`) : kind

export const ledgerShareLabel = (t: TFunction, share: string) =>
  oneOf(LEDGER_SHARES, share) ? t(`portal.ledgerShare.${share}`) : share
