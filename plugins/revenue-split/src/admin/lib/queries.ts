import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  EntryFilters,
  FacilityRevenue,
  FacilityRevenueSummary,
  LedgerEntry,
  MonthSummary,
  Template,
  TemplateBody,
} from "./types"

const keys = {
  all: ["karya-revenue"] as const,
  entries: (filters: EntryFilters, limit: number, offset: number) =>
    ["karya-revenue", "entries", filters, limit, offset] as const,
  facilities: ["karya-revenue", "facilities"] as const,
  facility: (id: string) => ["karya-revenue", "facility", id] as const,
  template: (id: string) => ["karya-revenue", "facility", id, "template"] as const,
  month: (id: string, month: string) => ["karya-revenue", "facility", id, "month", month] as const,
}

/** Leaves out empty filters, so `?kind=` is never sent. */
const compact = (filters: EntryFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""))

export function useEntries(filters: EntryFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: keys.entries(filters, limit, offset),
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{ entries: LedgerEntry[]; count: number; sum: number }>("/admin/revenue/entries", {
        query: { ...compact(filters), limit, offset },
      }),
  })
}

export function useRevenueFacilities() {
  return useQuery({
    queryKey: keys.facilities,
    queryFn: () => sdk.client.fetch<{ facilities: FacilityRevenueSummary[] }>("/admin/revenue/facilities"),
  })
}

export function useFacilityRevenue(id: string) {
  return useQuery({
    queryKey: keys.facility(id),
    queryFn: () => sdk.client.fetch<FacilityRevenue>(`/admin/revenue/facilities/${id}`),
  })
}

export function useTemplates(id: string) {
  return useQuery({
    queryKey: keys.template(id),
    queryFn: () =>
      sdk.client.fetch<{ template: Template; versions: Template[] }>(`/admin/revenue/facilities/${id}/template`),
  })
}

export function useRecordTemplate(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: TemplateBody) =>
      sdk.client.fetch<{ template: Template }>(`/admin/revenue/facilities/${id}/template`, { method: "POST", body }),
    // The template in force shows on the facility, its versions and the facilities list.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.facility(id) }),
        client.invalidateQueries({ queryKey: keys.facilities }),
      ]),
  })
}

export function useMonthSummary(id: string, month: string) {
  return useQuery({
    queryKey: keys.month(id, month),
    enabled: /^\d{4}-\d{2}$/.test(month),
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{ summary: MonthSummary }>(`/admin/revenue/facilities/${id}/months/${month}`, {
        query: { format: "json" },
      }),
  })
}
