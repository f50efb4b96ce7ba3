import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { AdminMotif, FacilityOption, MotifFilters, MotifUpdateBody, ParticipantOption } from "./types"

const keys = {
  all: ["karya-motifs"] as const,
  list: (filters: MotifFilters, limit: number, offset: number) => ["karya-motifs", "list", filters, limit, offset] as const,
  detail: (id: string) => ["karya-motifs", "detail", id] as const,
  facilities: ["karya-motifs", "facilities"] as const,
  participants: (facilityId: string) => ["karya-motifs", "participants", facilityId] as const,
}

export function useMotifs(filters: MotifFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: keys.list(filters, limit, offset),
    queryFn: () =>
      sdk.client.fetch<{ motifs: AdminMotif[]; count: number }>("/admin/motifs", {
        query: { ...filters, limit, offset },
      }),
  })
}

export function useMotif(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ motif: AdminMotif }>(`/admin/motifs/${id}`),
  })
}

export function useUpdateMotif(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: MotifUpdateBody) =>
      sdk.client.fetch<{ motif: AdminMotif }>(`/admin/motifs/${id}`, { method: "POST", body }),
    onSuccess: ({ motif }) => {
      client.setQueryData(keys.detail(id), { motif })
      return client.invalidateQueries({ queryKey: [...keys.all, "list"] })
    },
  })
}

/** Facilities for the filter (GET /admin/facilities of the facilities plugin). */
export function useFacilityOptions() {
  return useQuery({
    queryKey: keys.facilities,
    queryFn: () =>
      sdk.client.fetch<{ facilities: FacilityOption[] }>("/admin/facilities", { query: { limit: 100, offset: 0 } }),
  })
}

/** The motif's facility's participants, to pick a participant holder (GET /admin/facilities/:id). */
export function useParticipantOptions(facilityId: string | null) {
  return useQuery({
    queryKey: keys.participants(facilityId ?? ""),
    enabled: !!facilityId,
    queryFn: () =>
      sdk.client.fetch<{ facility: { participants: ParticipantOption[] | null } }>(`/admin/facilities/${facilityId}`),
  })
}
