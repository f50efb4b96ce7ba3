// Error boundary for routes: shows the error state and retries by resetting failed queries and re-running loaders.
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { ErrorState } from "./error-state"

export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()

  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  useEffect(() => {
    console.error(error)
  }, [error])

  return <ErrorState onRetry={() => void router.invalidate()} />
}
