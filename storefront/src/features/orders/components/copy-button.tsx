// Copies one value (account number, amount, reference) and says so to screen readers too.
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (or an old browser): the old way through a hidden field.
    const field = document.createElement("textarea")
    field.value = text
    field.setAttribute("readonly", "")
    field.style.position = "fixed"
    field.style.opacity = "0"
    document.body.appendChild(field)
    field.select()
    const ok = document.execCommand("copy")
    field.remove()
    return ok
  }
}

export function CopyButton({ value, what }: { value: string; what: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle")
  useEffect(() => {
    if (state === "idle") return
    const timer = window.setTimeout(() => setState("idle"), 4000)
    return () => window.clearTimeout(timer)
  }, [state])
  return (
    <span className="copy">
      <button
        type="button"
        className="copy__button"
        aria-label={t("orders.transfer.copyLabel", { what })}
        onClick={() => void copyText(value).then((ok) => setState(ok ? "copied" : "failed"))}
      >
        {t("orders.transfer.copy")}
      </button>
      <span className="copy__status" role="status">
        {state === "copied"
          ? t("orders.transfer.copied", { what })
          : state === "failed"
            ? t("orders.transfer.copyFailed")
            : ""}
      </span>
    </span>
  )
}
