import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  CreateCsrStaffBody,
  CreateProgramBody,
  CsrStaff,
  Expo,
  ExpoReport,
  FacilityOption,
  Program,
  ProgramDetail,
  UpdateCsrStaffBody,
  UpdateProgramBody,
} from "./types"

const keys = {
  all: ["karya-campaigns"] as const,
  programs: ["karya-campaigns", "programs"] as const,
  program: (id: string) => ["karya-campaigns", "program", id] as const,
  staff: ["karya-campaigns", "csr-staff"] as const,
  expos: ["karya-campaigns", "expos"] as const,
  expoReport: (id: string) => ["karya-campaigns", "expo-report", id] as const,
  facilities: ["karya-campaigns", "facility-options"] as const,
}

export function usePrograms() {
  return useQuery({
    queryKey: keys.programs,
    queryFn: () => sdk.client.fetch<{ programs: Program[]; count: number }>("/admin/campaigns/programs"),
  })
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: keys.program(id),
    queryFn: () => sdk.client.fetch<{ program: ProgramDetail }>(`/admin/campaigns/programs/${id}`),
  })
}

export function useCreateProgram() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateProgramBody) =>
      sdk.client.fetch<{ program: Program }>("/admin/campaigns/programs", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useUpdateProgram(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateProgramBody) =>
      sdk.client.fetch<{ program: Program }>(`/admin/campaigns/programs/${id}`, { method: "POST", body }),
    // the staff table and the expos name programs too
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useCsrStaff() {
  return useQuery({
    queryKey: keys.staff,
    queryFn: () => sdk.client.fetch<{ staff: CsrStaff[]; count: number }>("/admin/campaigns/csr-staff"),
  })
}

export function useCreateCsrStaff() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateCsrStaffBody) =>
      sdk.client.fetch<{ staff: CsrStaff }>("/admin/campaigns/csr-staff", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.staff }),
  })
}

export function useUpdateCsrStaff() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCsrStaffBody }) =>
      sdk.client.fetch<{ staff: CsrStaff }>(`/admin/campaigns/csr-staff/${id}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.staff }),
  })
}

export function useExpos() {
  return useQuery({
    queryKey: keys.expos,
    queryFn: () => sdk.client.fetch<{ expos: Expo[]; count: number }>("/admin/campaigns/expos"),
  })
}

/** The expo dashboard's figures; fetched when the report is opened, fresh each time (booth sales move it). */
export function useExpoReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.expoReport(id),
    enabled,
    staleTime: 0,
    queryFn: () => sdk.client.fetch<{ report: ExpoReport }>(`/admin/campaigns/expos/${id}/report`),
  })
}

/** The facilities a program can be linked to (the facilities plugin's admin route; 100 is its page maximum). */
export function useFacilityOptions() {
  return useQuery({
    queryKey: keys.facilities,
    queryFn: () =>
      sdk.client.fetch<{ facilities: FacilityOption[]; count: number }>("/admin/facilities", {
        query: { limit: 100, offset: 0 },
      }),
  })
}
