import { Loading } from "../../components/ui/loading"

export function PagePending() {
  return (
    <div className="container status-page">
      <Loading />
    </div>
  )
}
