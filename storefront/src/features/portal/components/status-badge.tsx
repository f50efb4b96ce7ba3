type Tone = "neutral" | "good" | "warn" | "muted"

export function StatusBadge({ tone = "neutral", children }: { tone?: Tone; children: string }) {
  return <span className={`portal-badge portal-badge--${tone}`}>{children}</span>
}
