// The heading row of a portal page: back link, title, and the page's main action.
import type { ReactNode } from "react"

export function PortalPageHeader({
  title,
  back,
  action,
}: {
  title: string
  back?: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="portal-page-header">
      {back}
      <div className="portal-page-header__row">
        <h1 className="portal-title">{title}</h1>
        {action}
      </div>
    </div>
  )
}
