// Create or edit a product of the facility: texts (id/en), photos, details, variants, maker credits.
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { usePortalForm } from "../hooks/use-portal-form"
import { useArchivePortalProduct } from "../api/archive-product"
import { useCreatePortalProduct } from "../api/create-product"
import { useSetProductMakers } from "../api/set-product-makers"
import type { Participant, PortalProduct } from "../api/types"
import { useUpdatePortalProduct } from "../api/update-product"
import {
  emptyProductForm,
  makersChanged,
  PRODUCT_FIELDS,
  productToForm,
  toCreateProductBody,
  toMakerShares,
  toUpdateProductBody,
  validateProductForm,
  type ProductField,
  type ProductFormValues,
} from "../utils/product-form"
import { ConfirmButton } from "./confirm-button"
import { Field, FormAlert, FormNotice } from "./form-field"
import { MakerRows } from "./maker-rows"
import { PhotoField } from "./photo-field"
import { StatusBadge } from "./status-badge"
import { VariantRows } from "./variant-rows"


function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="portal-card portal-section" id={id}>
      <legend className="portal-card__title">{title}</legend>
      {children}
    </fieldset>
  )
}

type ProductFormProps = {
  product?: PortalProduct
  participants: Participant[]
  onCreated?: (product: PortalProduct) => void
}

export function ProductForm(props: ProductFormProps) {
  // Edit and create share the form; the hooks differ, so each has its own wrapper.
  return props.product ? (
    <EditProductForm product={props.product} participants={props.participants} />
  ) : (
    <CreateProductForm participants={props.participants} onCreated={props.onCreated} />
  )
}

function CreateProductForm({
  participants,
  onCreated,
}: {
  participants: Participant[]
  onCreated?: (product: PortalProduct) => void
}) {
  const { t } = useTranslation()
  const create = useCreatePortalProduct()
  return (
    <ProductFormBody
      initial={emptyProductForm()}
      participants={participants}
      pending={create.isPending}
      submitLabel={t("portal.product.create")}
      onSubmit={async (values) => {
        const product = await create.mutateAsync(
          toCreateProductBody(values, {
            optionTitle: t("portal.product.optionTitle"),
            defaultVariantTitle: t("portal.product.defaultVariantTitle"),
          })
        )
        onCreated?.(product)
        return null
      }}
    />
  )
}

function EditProductForm({ product, participants }: { product: PortalProduct; participants: Participant[] }) {
  const { t } = useTranslation()
  const update = useUpdatePortalProduct(product.id)
  const setMakers = useSetProductMakers(product.id)
  const archive = useArchivePortalProduct(product.id)
  const [archiveFailed, setArchiveFailed] = useState(false)

  return (
    <>
      {product.archived && (
        <p className="portal-alert portal-alert--info">{t("portal.product.archived")}</p>
      )}
      <ProductFormBody
        key={product.id}
        initial={productToForm(product)}
        saved={product}
        participants={participants}
        pending={update.isPending || setMakers.isPending}
        submitLabel={t("portal.common.save")}
        onSubmit={async (values) => {
          const next = await update.mutateAsync(toUpdateProductBody(values))
          if (makersChanged(product.makers, values.makers)) {
            await setMakers.mutateAsync(toMakerShares(values.makers))
          }
          return productToForm({ ...next, makers: next.makers })
        }}
        extraActions={
          !product.archived && (
            <ConfirmButton
              label={t("portal.product.archive")}
              question={t("portal.product.archiveConfirm")}
              disabled={archive.isPending}
              onConfirm={() =>
                archive.mutate(undefined, {
                  onSuccess: () => setArchiveFailed(false),
                  onError: () => setArchiveFailed(true),
                })
              }
            />
          )
        }
      />
      {archiveFailed && <FormAlert message={t("portal.common.saveFailed")} />}
    </>
  )
}

type ProductFormBodyProps = {
  initial: ProductFormValues
  saved?: PortalProduct
  participants: Participant[]
  pending: boolean
  submitLabel: string
  /** saves; answers the form's new values (edit) or null (create navigates away) */
  onSubmit: (values: ProductFormValues) => Promise<ProductFormValues | null>
  extraActions?: ReactNode
}

function ProductFormBody({
  initial,
  saved,
  participants,
  pending,
  submitLabel,
  onSubmit,
  extraActions,
}: ProductFormBodyProps) {
  const { t } = useTranslation()
  const { values, setValues, set, errors, serverError, failed, notice, errorText, submit } = usePortalForm({
    initial,
    validate: validateProductForm,
    fields: PRODUCT_FIELDS,
    savedMessage: t("portal.product.saved"),
    onSubmit,
  })

  const control = (field: "title" | "title_en" | "subtitle" | "material") => (
    <Field
      id={`product-${field}`}
      label={t(`portal.product.${field}`)}
      error={errorText(field)}
      required={field === "title" || field === "title_en"}
    >
      {(aria) => <input {...aria} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  )
  const textarea = (field: "description" | "description_en") => (
    <Field id={`product-${field}`} label={t(`portal.product.${field}`)} error={errorText(field)}>
      {(aria) => (
        <textarea {...aria} rows={5} value={values[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </Field>
  )
  const hasErrors = Object.keys(errors).length > 0

  return (
    <form className="portal-form" onSubmit={(e) => void submit(e)} noValidate>
      {serverError && (
        <FormAlert title={t("portal.common.serverRejected")} message={serverError.message} />
      )}
      {hasErrors && <FormAlert message={t("portal.common.formHasErrors")} />}

      <Section id="product-text" title={t("portal.product.sectionText")}>
        <div className="portal-grid-2">
          {control("title")}
          {control("title_en")}
        </div>
        {control("subtitle")}
        <div className="portal-grid-2">
          {textarea("description")}
          {textarea("description_en")}
        </div>
      </Section>

      <Section id="product-photos" title={t("portal.product.sectionPhotos")}>
        <PhotoField images={values.images} onChange={(images) => set("images", images)} error={errorText("images")} />
      </Section>

      <Section id="product-details" title={t("portal.product.sectionDetails")}>
        <div className="portal-grid-3">
          <Field id="product-weight" label={t("portal.product.weight")} error={errorText("weight")} required>
            {(aria) => (
              <input {...aria} inputMode="numeric" value={values.weight} onChange={(e) => set("weight", e.target.value)} />
            )}
          </Field>
          {control("material")}
          <Field id="product-status" label={t("portal.product.status")} error={errorText("status")}>
            {(aria) => (
              <select
                {...aria}
                value={values.status}
                onChange={(e) => set("status", e.target.value === "published" ? "published" : "draft")}
              >
                <option value="draft">{t("portal.productStatus.draft")}</option>
                <option value="published">{t("portal.productStatus.published")}</option>
              </select>
            )}
          </Field>
        </div>
      </Section>

      <Section id="product-variants" title={t("portal.product.sectionVariants")}>
        <VariantRows
          rows={values.variants}
          onChange={(rows) => set("variants", rows)}
          saved={Boolean(saved)}
          invalid={Boolean(errorText("variants"))}
          describedBy={errorText("variants") ? "product-variants-error" : undefined}
        />
        {errorText("variants") && (
          <p id="product-variants-error" className="portal-field__error">
            {errorText("variants")}
          </p>
        )}
      </Section>

      <Section id="product-makers" title={t("portal.product.sectionMakers")}>
        <MakerRows
          rows={values.makers}
          onChange={(rows) => set("makers", rows)}
          participants={participants}
          saved={saved?.makers ?? []}
          invalid={Boolean(errorText("makers"))}
          describedBy={errorText("makers") ? "product-makers-error" : undefined}
        />
        {errorText("makers") && (
          <p id="product-makers-error" className="portal-field__error">
            {errorText("makers")}
          </p>
        )}
      </Section>

      {failed && <FormAlert message={t("portal.common.saveFailed")} />}
      {serverError && !serverError.field && (
        <FormAlert title={t("portal.common.serverRejected")} message={serverError.message} />
      )}
      <div className="portal-actions portal-form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("portal.common.saving") : submitLabel}
        </button>
        {saved && (
          <StatusBadge tone={saved.status === "published" ? "good" : "muted"}>
            {t(saved.archived ? "portal.productStatus.archived" : saved.status === "published" ? "portal.productStatus.published" : "portal.productStatus.draft")}
          </StatusBadge>
        )}
        {extraActions}
      </div>
      <FormNotice message={notice} />
    </form>
  )
}
