// Boot: translations, then /config.json, then the one SDK instance, then the app.
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { captureExpoVisit } from "../features/cart/utils/expo-visit"
import { loadConfig } from "../lib/config"
import { initI18n } from "../lib/i18n"
import { initSdk } from "../lib/sdk"
import "../styles.css"
import { BootError } from "./boot-error"
import { AppProvider } from "./provider"

async function boot() {
  const container = document.getElementById("root")
  if (!container) throw new Error("#root is missing from index.html")
  const root = createRoot(container)
  captureExpoVisit(window.location.search) // arrived through an expo's QR tag?

  await initI18n()
  try {
    initSdk(await loadConfig())
  } catch (error) {
    console.error("Karya Lapas could not load its configuration", error)
    root.render(
      <StrictMode>
        <BootError />
      </StrictMode>
    )
    return
  }
  root.render(
    <StrictMode>
      <AppProvider />
    </StrictMode>
  )
}

void boot()
