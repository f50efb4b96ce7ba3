import { Button, toast } from "@medusajs/ui"
import { ArrowDownTray } from "@medusajs/icons"
import { useState, type ReactNode } from "react"
import { downloadFile } from "../lib/download"
import { toastError } from "../lib/errors"

type Props = {
  path: string
  query?: Record<string, string | undefined>
  fileName: string
  variant?: "secondary" | "transparent"
  children: ReactNode
}

/** Downloads a PDF or CSV from an admin route with the admin's session; an API error shows as a toast. */
export const DownloadButton = ({ path, query = {}, fileName, variant = "secondary", children }: Props) => {
  const [busy, setBusy] = useState(false)
  const onClick = async () => {
    setBusy(true)
    try {
      const saved = await downloadFile(path, query, fileName)
      toast.success(`${saved} diunduh`)
    } catch (err) {
      toastError(err, "Unduhan gagal")
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant={variant} type="button" onClick={onClick} isLoading={busy}>
      <ArrowDownTray />
      {children}
    </Button>
  )
}
