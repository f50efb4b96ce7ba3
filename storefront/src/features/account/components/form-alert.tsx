// A form's message: an error (announced, and focused so a phone scrolls to it) or a confirmation.
import { useEffect, useRef, type ReactNode } from "react"

export function FormAlert({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "success" }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (tone === "error") ref.current?.focus()
  }, [children, tone])
  return (
    <div
      ref={ref}
      className={`account-alert account-alert--${tone}`}
      role={tone === "error" ? "alert" : "status"}
      tabIndex={-1}
    >
      {children}
    </div>
  )
}
