// Runtime configuration, fetched from /config.json at boot so one build serves every environment.
export type AppConfig = {
  backendUrl: string
  publishableKey: string
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", { cache: "no-store" })
  if (!response.ok) {
    throw new Error(`GET /config.json answered ${response.status}`)
  }
  const body: unknown = await response.json()
  return parseConfig(body)
}

function parseConfig(body: unknown): AppConfig {
  if (typeof body !== "object" || body === null) {
    throw new Error("/config.json is not a JSON object")
  }
  const { backendUrl, publishableKey } = body as Record<string, unknown>
  if (typeof backendUrl !== "string" || backendUrl === "") {
    throw new Error("/config.json: backendUrl must be a non-empty string")
  }
  if (typeof publishableKey !== "string") {
    throw new Error("/config.json: publishableKey must be a string")
  }
  return { backendUrl: backendUrl.replace(/\/+$/, ""), publishableKey }
}
