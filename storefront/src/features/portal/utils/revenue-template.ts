// The split template form: four shares typed as percents (two decimals), sent as integer basis points totalling 10000.
import { formatBps } from "../../../lib/percent"
import type { Language } from "../../../lib/i18n"
import type { RevenueTemplate, RevenueTemplateBody } from "../api/types"
import { percentToBps } from "./motif-form"

export const TEMPLATE_SHARES = ["premi_bps", "pnbp_bps", "capital_bps", "platform_bps"] as const
export type TemplateShare = (typeof TEMPLATE_SHARES)[number]

/** The fields a server message can name; also the ids of their inputs (prefixed "template-"). */
export const TEMPLATE_FIELDS = [...TEMPLATE_SHARES, "note"] as const
export type TemplateField = (typeof TEMPLATE_FIELDS)[number]

export const FULL_BPS = 10000

/** i18n keys under portal.errors */
export type TemplateFormProblem = "percent" | "templateTotal"
export type TemplateFormErrors = Partial<Record<TemplateField, TemplateFormProblem>>

export type TemplateFormValues = Record<TemplateShare, string> & { note: string }

/** 5000 → "50,00" (id) / "50.00" (en): what the percent inputs start with. */
export const bpsToPercentInput = (bps: number, language: Language) =>
  formatBps(bps, language, { fixed: true }).replace(/%$/, "")

/** The form starts from the template in force, note empty: a new version says why it changed. */
export function templateToForm(template: RevenueTemplate, language: Language): TemplateFormValues {
  return {
    premi_bps: bpsToPercentInput(template.premi_bps, language),
    pnbp_bps: bpsToPercentInput(template.pnbp_bps, language),
    capital_bps: bpsToPercentInput(template.capital_bps, language),
    platform_bps: bpsToPercentInput(template.platform_bps, language),
    note: "",
  }
}

/** The shares as basis points, each null when it is not a percent 0–100 with at most two decimals. */
export function templateShares(values: TemplateFormValues): Record<TemplateShare, number | null> {
  return {
    premi_bps: percentToBps(values.premi_bps),
    pnbp_bps: percentToBps(values.pnbp_bps),
    capital_bps: percentToBps(values.capital_bps),
    platform_bps: percentToBps(values.platform_bps),
  }
}

/** The running total in basis points, counting an unreadable share as 0. */
export function templateTotalBps(values: TemplateFormValues): number {
  return Object.values(templateShares(values)).reduce<number>((sum, bps) => sum + (bps ?? 0), 0)
}

export function validateTemplateForm(values: TemplateFormValues): TemplateFormErrors {
  const errors: TemplateFormErrors = {}
  const shares = templateShares(values)
  for (const share of TEMPLATE_SHARES) {
    if (shares[share] === null) errors[share] = "percent"
  }
  // The server names premi_bps when the total is off; the form does the same.
  if (Object.keys(errors).length === 0 && templateTotalBps(values) !== FULL_BPS) errors.premi_bps = "templateTotal"
  return errors
}

export function toTemplateBody(values: TemplateFormValues): RevenueTemplateBody {
  const shares = templateShares(values)
  const note = values.note.trim()
  return {
    premi_bps: shares.premi_bps ?? 0,
    pnbp_bps: shares.pnbp_bps ?? 0,
    capital_bps: shares.capital_bps ?? 0,
    platform_bps: shares.platform_bps ?? 0,
    ...(note ? { note } : {}),
  }
}

/**
 * The versions to list, newest first. The API lists the versions a facility recorded; the default (version 0) it
 * has used until then is not among them, so it is added when it is the one in force.
 */
export function versionHistory(inForce: RevenueTemplate, versions: RevenueTemplate[]): RevenueTemplate[] {
  const listed = versions.some((v) => v.version === inForce.version) ? versions : [...versions, inForce]
  return [...listed].sort((a, b) => b.version - a.version)
}
