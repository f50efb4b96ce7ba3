// Product photos: pick files, upload them as base64, preview, reorder, remove.
import { useId, useRef, useState, type ChangeEvent } from "react"
import { useTranslation } from "react-i18next"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useUploadFiles } from "../api/upload-files"
import { ACCEPTED_IMAGE_TYPES, fileToUpload, moveItem, uploadProblem } from "../utils/file-upload"

type PhotoFieldProps = {
  images: string[]
  onChange: (images: string[]) => void
  error?: string
}

export function PhotoField({ images, onChange, error }: PhotoFieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const upload = useUploadFiles()
  const [problems, setProblems] = useState<string[]>([])

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = "" // the same file can be chosen again after a failure
    const refused: string[] = []
    const accepted = files.filter((file) => {
      const problem = uploadProblem(file)
      if (problem === "type") refused.push(t("portal.errors.uploadType", { name: file.name }))
      if (problem === "size") refused.push(t("portal.errors.uploadSize", { name: file.name }))
      return problem === null
    })
    setProblems(refused)
    if (accepted.length === 0) return
    try {
      const uploaded = await upload.mutateAsync(await Promise.all(accepted.map(fileToUpload)))
      onChange([...images, ...uploaded.map((f) => f.url)])
    } catch (uploadError) {
      setProblems([...refused, invalidDataMessage(uploadError) ?? t("portal.errors.uploadFailed")])
    }
  }

  const messages = [...problems, ...(error ? [error] : [])]
  return (
    <div className="photo-field">
      {images.length === 0 ? (
        <p className="portal-muted">{t("portal.product.photosEmpty")}</p>
      ) : (
        <ol className="photo-grid">
          {images.map((src, index) => {
            const n = index + 1
            return (
              <li key={src} className="photo-grid__item">
                <img src={src} alt={t("portal.product.photoAlt", { n })} className="photo-grid__image" />
                {index === 0 && <span className="photo-grid__main">{t("portal.product.photoMain")}</span>}
                <div className="photo-grid__actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("portal.product.photoLeft", { n })}
                    disabled={index === 0}
                    onClick={() => onChange(moveItem(images, index, index - 1))}
                  >
                    <span aria-hidden="true">←</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("portal.product.photoRight", { n })}
                    disabled={index === images.length - 1}
                    onClick={() => onChange(moveItem(images, index, index + 1))}
                  >
                    <span aria-hidden="true">→</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t("portal.product.photoRemove", { n })}
                    onClick={() => onChange(images.filter((_, i) => i !== index))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES.join(",")}
        multiple
        className="visually-hidden"
        aria-describedby={`${id}-hint`}
        onChange={(e) => void onFiles(e)}
        tabIndex={-1}
      />
      <button
        type="button"
        className="button button--ghost"
        disabled={upload.isPending}
        onClick={() => inputRef.current?.click()}
      >
        {upload.isPending ? t("portal.product.photosUploading") : t("portal.product.photosAdd")}
      </button>
      <p id={`${id}-hint`} className="portal-field__hint">
        {t("portal.product.photosHint")}
      </p>
      {messages.length > 0 && (
        <ul className="portal-field__error" role="alert">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <span role="status" className="visually-hidden">
        {upload.isPending ? t("portal.product.photosUploading") : ""}
      </span>
    </div>
  )
}
