import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { PortalRequest } from "../context"
import type { PortalUploadFiles } from "../validators"

/** Product photos, through Medusa's file module. */
export async function POST(req: PortalRequest<PortalUploadFiles>, res: MedusaResponse) {
  const { files } = req.validatedBody as PortalUploadFiles
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({ filename: f.filename, mimeType: f.mime_type, content: f.content, access: "public" as const })),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
