// Runtime configuration, fetched from /config.json at boot so one build serves every environment.
export type AppConfig = {
  backendUrl: string
  publishableKey: string
  /** Stripe's publishable key (pk_…); without it the checkout offers bank transfer only */
  stripePublishableKey?: string
}

let loaded: AppConfig | undefined

/** The configuration boot loaded (for code that runs after boot, e.g. the checkout's payment step). */
export function getConfig(): AppConfig {
  if (!loaded) throw new Error("getConfig() is called before loadConfig() finished")
  return loaded
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", { cache: "no-store" })
  if (!response.ok) {
    throw new Error(`GET /config.json answered ${response.status}`)
  }
  const body: unknown = await response.json()
  loaded = parseConfig(body)
  return loaded
}

export function parseConfig(body: unknown): AppConfig {
  if (typeof body !== "object" || body === null) {
    throw new Error("/config.json is not a JSON object")
  }
  const { backendUrl, publishableKey, stripePublishableKey } = body as Record<
    string,
    unknown
  >
  if (typeof backendUrl !== "string" || backendUrl === "") {
    throw new Error("/config.json: backendUrl must be a non-empty string")
  }
  if (typeof publishableKey !== "string") {
    throw new Error("/config.json: publishableKey must be a string")
  }
  const config: AppConfig = { backendUrl: backendUrl.replace(/\/+$/, ""), publishableKey }
  // Optional: anything but a non-empty string means "no Stripe", never a failed boot.
  if (typeof stripePublishableKey === "string" && stripePublishableKey.trim() !== "") {
    config.stripePublishableKey = stripePublishableKey.trim()
  }
  return config
}
