import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { RevenueTemplate, RevenueTemplateBody } from "./types"

/** Managers only; the shares must total 10000 basis points (400 naming premi_bps otherwise). */
export async function createRevenueTemplate(body: RevenueTemplateBody): Promise<RevenueTemplate> {
  const { template } = await portalFetch<{ template: RevenueTemplate }>("/portal/facility/revenue/template", {
    method: "POST",
    body,
  })
  return template
}

export function useCreateRevenueTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createRevenueTemplate,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portalKeys.revenue() })
    },
  })
}
