import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"

/** Loading / error line for a section whose query has no data yet. */
export const QueryState = ({ isLoading, error }: { isLoading: boolean; error: unknown }) => (
  <div className="px-6 py-4">
    <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
      {error ? errorMessage(error) : isLoading ? "Memuat…" : null}
    </Text>
  </div>
)
