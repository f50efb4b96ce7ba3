import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  AdminFacility,
  AdminFacilityDetail,
  AdminFacilityListItem,
  AdminStaff,
  CreateStaffBody,
  FacilityFields,
  ProductFacility,
} from "./types"

const keys = {
  all: ["karya-facilities"] as const,
  list: (limit: number, offset: number) => ["karya-facilities", "list", limit, offset] as const,
  detail: (id: string) => ["karya-facilities", "detail", id] as const,
  product: (id: string) => ["karya-facilities", "product", id] as const,
}

export function useFacilities(limit: number, offset: number) {
  return useQuery({
    queryKey: keys.list(limit, offset),
    queryFn: () =>
      sdk.client.fetch<{ facilities: AdminFacilityListItem[]; count: number }>("/admin/facilities", {
        query: { limit, offset },
      }),
  })
}

export function useFacility(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ facility: AdminFacilityDetail }>(`/admin/facilities/${id}`),
  })
}

export type CreateFacilityBody = Omit<FacilityFields, "cover_image" | "whatsapp"> & {
  cover_image?: string
  whatsapp?: string
}

export function useCreateFacility() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateFacilityBody) =>
      sdk.client.fetch<{ facility: AdminFacility }>("/admin/facilities", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useUpdateFacility(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<FacilityFields>) =>
      sdk.client.fetch<{ facility: AdminFacilityDetail }>(`/admin/facilities/${id}`, { method: "POST", body }),
    onSuccess: ({ facility }) => {
      client.setQueryData(keys.detail(id), { facility })
      return client.invalidateQueries({ queryKey: [...keys.all, "list"] })
    },
  })
}

export function useCreateStaff(facilityId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateStaffBody) =>
      sdk.client.fetch<{ staff: AdminStaff }>(`/admin/facilities/${facilityId}/staff`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useDeleteStaff(facilityId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (staffId: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/facilities/${facilityId}/staff/${staffId}`, {
        method: "DELETE",
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useProductFacility(productId: string) {
  return useQuery({
    queryKey: keys.product(productId),
    queryFn: () => sdk.client.fetch<ProductFacility>(`/admin/products/${productId}/facility`),
  })
}
