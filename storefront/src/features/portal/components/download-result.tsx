// What became of a download: its file name, or why it failed (the server's 400 names the field).
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { FormAlert, FormNotice } from "./form-field"

export function DownloadResult({ mutation }: { mutation: { data?: string; error: unknown } }) {
  const { t } = useTranslation()
  return (
    <>
      {mutation.error ? (
        <FormAlert message={invalidDataMessage(mutation.error) ?? t("portal.revenue.download.failed")} />
      ) : null}
      <FormNotice message={mutation.data ? t("portal.revenue.download.done", { name: mutation.data }) : null} />
    </>
  )
}
