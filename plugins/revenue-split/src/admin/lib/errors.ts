import { toast } from "@medusajs/ui"

/** Shows the API's message (e.g. a 400 `invalid_data` naming the field) as an error toast. */
export function toastError(error: unknown, fallback = "Something went wrong") {
  const message = error instanceof Error && error.message ? error.message : fallback
  toast.error(message)
}

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}
