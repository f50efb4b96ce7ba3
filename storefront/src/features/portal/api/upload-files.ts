import { useMutation } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import type { UploadFile } from "./types"

export async function uploadFiles(
  files: UploadFile[]
): Promise<{ id: string; url: string }[]> {
  const answer = await portalFetch<{ files: { id: string; url: string }[] }>(
    "/portal/facility/uploads",
    { method: "POST", body: { files } }
  )
  return answer.files
}

export const useUploadFiles = () => useMutation({ mutationFn: uploadFiles })
