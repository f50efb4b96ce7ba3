// The product form's state and its mapping to the portal's create / update bodies.
import type {
  CreateProductBody,
  MakerShare,
  PortalProduct,
  ProductStatus,
  UpdateProductBody,
} from "../api/types"
import { parseWholeNumber } from "./whole-number"

export type VariantRow = {
  /** React key for a row not yet saved */
  key: string
  /** set once the variant exists on the server */
  id?: string
  title: string
  sku: string
  price: string
  stock: string
}

export type MakerRow = { participant_id: string; weight: string }

export type ProductFormValues = {
  title: string
  title_en: string
  subtitle: string
  description: string
  description_en: string
  images: string[]
  weight: string
  material: string
  status: ProductStatus
  variants: VariantRow[]
  makers: MakerRow[]
}

/** The fields a message can point at; also the ids of their inputs (prefixed by the form). */
export const PRODUCT_FIELDS = [
  "title",
  "title_en",
  "subtitle",
  "description",
  "description_en",
  "images",
  "weight",
  "material",
  "status",
  "variants",
  "makers",
] as const
export type ProductField = (typeof PRODUCT_FIELDS)[number]

/** What is wrong, as an i18n key under portal.errors. */
export type ProductFormProblem =
  | "required"
  | "wholeNumber"
  | "positiveNumber"
  | "variantsRequired"
  | "variantTitleRequired"
  | "variantTitleDuplicate"
  | "makerRequired"
  | "makerDuplicate"

export type ProductFormErrors = Partial<Record<ProductField, ProductFormProblem>>

let rowCount = 0
export const newVariantRow = (): VariantRow => ({
  key: `new-${++rowCount}`,
  title: "",
  sku: "",
  price: "",
  stock: "0",
})

export function emptyProductForm(): ProductFormValues {
  return {
    title: "",
    title_en: "",
    subtitle: "",
    description: "",
    description_en: "",
    images: [],
    weight: "",
    material: "",
    status: "draft",
    variants: [newVariantRow()],
    makers: [],
  }
}

export function productToForm(product: PortalProduct): ProductFormValues {
  return {
    title: product.title,
    title_en: product.title_en,
    subtitle: product.subtitle ?? "",
    description: product.description,
    description_en: product.description_en,
    images: [...product.images],
    weight: product.weight === null ? "" : String(product.weight),
    material: product.material ?? "",
    status: product.status,
    variants: product.variants.map((v) => ({
      key: v.id,
      id: v.id,
      title: v.title,
      sku: v.sku ?? "",
      price: String(v.price),
      stock: String(v.stock),
    })),
    makers: product.makers.map((m) => ({
      participant_id: m.participant_id,
      weight: String(m.weight),
    })),
  }
}

export function validateProductForm(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = {}
  if (!values.title.trim()) errors.title = "required"
  if (!values.title_en.trim()) errors.title_en = "required"
  const weight = parseWholeNumber(values.weight)
  if (weight === null || weight < 1) errors.weight = "positiveNumber"

  if (values.variants.length === 0) {
    errors.variants = "variantsRequired"
  } else if (
    values.variants.some(
      (v) => parseWholeNumber(v.price) === null || parseWholeNumber(v.stock) === null
    )
  ) {
    errors.variants = "wholeNumber"
  } else if (
    values.variants.length > 1 &&
    values.variants.some((v) => !v.title.trim())
  ) {
    errors.variants = "variantTitleRequired"
  } else if (
    new Set(values.variants.map((v) => v.title.trim().toLowerCase())).size !==
    values.variants.length
  ) {
    // Each variant is one value of the product's option: the values must differ.
    errors.variants = "variantTitleDuplicate"
  }

  const makerIds = values.makers.map((m) => m.participant_id)
  if (makerIds.some((id) => !id)) {
    errors.makers = "makerRequired"
  } else if (new Set(makerIds).size !== makerIds.length) {
    errors.makers = "makerDuplicate"
  } else if (
    values.makers.some((m) => {
      const w = parseWholeNumber(m.weight)
      return w === null || w < 1
    })
  ) {
    errors.makers = "positiveNumber"
  }
  return errors
}

const optional = (text: string) => text.trim() || undefined
const whole = (text: string) => parseWholeNumber(text) ?? 0

export function toMakerShares(makers: MakerRow[]): MakerShare[] {
  return makers.map((m) => ({
    participant_id: m.participant_id,
    weight: whole(m.weight),
  }))
}

/**
 * The create body. Variants are the values of one option (`optionTitle`); a lone variant without a title
 * is called `defaultVariantTitle`.
 */
export function toCreateProductBody(
  values: ProductFormValues,
  { optionTitle, defaultVariantTitle }: { optionTitle: string; defaultVariantTitle: string }
): CreateProductBody {
  const variantTitles = values.variants.map(
    (v) => v.title.trim() || defaultVariantTitle
  )
  return {
    title: values.title.trim(),
    title_en: values.title_en.trim(),
    subtitle: optional(values.subtitle),
    description: values.description.trim(),
    description_en: values.description_en.trim(),
    images: values.images,
    weight: whole(values.weight),
    material: optional(values.material),
    status: values.status,
    options: [{ title: optionTitle, values: variantTitles }],
    variants: values.variants.map((v, i) => ({
      title: variantTitles[i],
      sku: optional(v.sku),
      options: { [optionTitle]: variantTitles[i]! },
      price: whole(v.price),
      stock: whole(v.stock),
    })),
    makers: values.makers.length ? toMakerShares(values.makers) : undefined,
  }
}

/** The update body: every editable field, and each saved variant's price and stock. */
export function toUpdateProductBody(values: ProductFormValues): UpdateProductBody {
  return {
    title: values.title.trim(),
    title_en: values.title_en.trim(),
    subtitle: values.subtitle.trim() || null,
    description: values.description.trim(),
    description_en: values.description_en.trim(),
    images: values.images,
    weight: whole(values.weight),
    material: values.material.trim() || null,
    status: values.status,
    variants: values.variants.flatMap((v) =>
      v.id ? [{ id: v.id, price: whole(v.price), stock: whole(v.stock) }] : []
    ),
  }
}

/** Whether the maker credits differ from what is saved (order does not matter). */
export function makersChanged(saved: MakerShare[], rows: MakerRow[]): boolean {
  const key = (shares: MakerShare[]) =>
    shares
      .map((s) => `${s.participant_id}:${s.weight}`)
      .sort()
      .join("|")
  return key(saved) !== key(toMakerShares(rows))
}
