import { Button } from "@medusajs/ui"
import { ArrowDownTray } from "@medusajs/icons"
import { useState, type ReactNode } from "react"
import { downloadFile } from "../lib/download"
import { toastError } from "../lib/errors"

type Props = {
  path: string
  query: Record<string, string>
  fileName: string
  disabled?: boolean
  variant?: "secondary" | "transparent"
  children: ReactNode
}

/** Downloads a CSV or PDF from an admin route; the API's error (e.g. a bad month) shows as a toast. */
export const DownloadButton = ({ path, query, fileName, disabled, variant = "secondary", children }: Props) => {
  const [busy, setBusy] = useState(false)
  const onClick = async () => {
    setBusy(true)
    try {
      await downloadFile(path, query, fileName)
    } catch (err) {
      toastError(err, "Download failed")
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant={variant} type="button" onClick={onClick} isLoading={busy} disabled={disabled}>
      <ArrowDownTray />
      {children}
    </Button>
  )
}
