import { toast } from "@medusajs/ui"

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}

/** Shows the API's message as an error toast (for actions that have no form to show it in). */
export function toastError(error: unknown, fallback = "Terjadi kesalahan") {
  const message = error instanceof Error && error.message ? error.message : fallback
  toast.error(message)
}
