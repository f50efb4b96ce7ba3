// The heading row of a CSR page: back link, title, a line under it, and the page's main action.
import type { ReactNode } from "react"

export function CsrPageHeader({
  title,
  lead,
  back,
  action,
}: {
  title: string
  lead?: ReactNode
  back?: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="csr-page-header">
      {back}
      <div className="csr-page-header__row">
        <h1 className="csr-title">{title}</h1>
        {action}
      </div>
      {lead && <p className="csr-lead">{lead}</p>}
    </div>
  )
}
