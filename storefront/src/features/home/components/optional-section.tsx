// A section a page can do without (below the fold, loaded later): while its code or data loads it shows nothing, and
// if that fails it stays away instead of taking the page down with it.
import { Component, Suspense, type ErrorInfo, type ReactNode } from "react"

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("An optional section failed and is left out", error, info.componentStack)
  }

  render() {
    return this.state.failed ? null : this.props.children
  }
}

export function OptionalSection({ children }: { children: ReactNode }) {
  return (
    <Boundary>
      <Suspense fallback={null}>{children}</Suspense>
    </Boundary>
  )
}
