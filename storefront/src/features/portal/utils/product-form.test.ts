import { describe, expect, it } from "vitest"
import type { PortalProduct } from "../api/types"
import {
  emptyProductForm,
  makersChanged,
  productToForm,
  toCreateProductBody,
  toUpdateProductBody,
  validateProductForm,
  type ProductFormValues,
} from "./product-form"

const NAMES = { optionTitle: "Varian", defaultVariantTitle: "Standar" }

function filled(): ProductFormValues {
  return {
    ...emptyProductForm(),
    title: " Kain Batik Tulis Jambi ",
    title_en: "Jambi hand-drawn batik cloth",
    description: "Batik tulis, pewarna alam.",
    description_en: "Hand-drawn batik, natural dyes.",
    images: ["http://localhost:9000/static/a.svg"],
    weight: "350",
    status: "published",
    variants: [
      { key: "a", title: "", sku: " BTK-1 ", price: "Rp 450.000", stock: "3" },
    ],
    makers: [{ participant_id: "ptc_1", weight: "2" }],
  }
}

describe("validateProductForm", () => {
  it("passes a complete form", () => {
    expect(validateProductForm(filled())).toEqual({})
  })

  it("names each missing or malformed field", () => {
    const values: ProductFormValues = {
      ...filled(),
      title: " ",
      weight: "0",
      variants: [{ key: "a", title: "", sku: "", price: "12,5", stock: "1" }],
      makers: [
        { participant_id: "ptc_1", weight: "1" },
        { participant_id: "ptc_1", weight: "1" },
      ],
    }
    expect(validateProductForm(values)).toEqual({
      title: "required",
      weight: "positiveNumber",
      variants: "wholeNumber",
      makers: "makerDuplicate",
    })
  })

  it("wants titles when there are several variants, and positive maker weights", () => {
    const values: ProductFormValues = {
      ...filled(),
      variants: [
        { key: "a", title: "S", sku: "", price: "1000", stock: "1" },
        { key: "b", title: "", sku: "", price: "1000", stock: "1" },
      ],
      makers: [{ participant_id: "ptc_1", weight: "0" }],
    }
    expect(validateProductForm(values)).toEqual({
      variants: "variantTitleRequired",
      makers: "positiveNumber",
    })
    expect(
      validateProductForm({
        ...filled(),
        variants: [
          { key: "a", title: "Kecil", sku: "", price: "1", stock: "1" },
          { key: "b", title: "kecil ", sku: "", price: "1", stock: "1" },
        ],
      }).variants
    ).toBe("variantTitleDuplicate")
    expect(validateProductForm({ ...filled(), variants: [] }).variants).toBe(
      "variantsRequired"
    )
  })
})

describe("toCreateProductBody", () => {
  it("maps the form to the create body with integer rupiah", () => {
    expect(toCreateProductBody(filled(), NAMES)).toEqual({
      title: "Kain Batik Tulis Jambi",
      title_en: "Jambi hand-drawn batik cloth",
      subtitle: undefined,
      description: "Batik tulis, pewarna alam.",
      description_en: "Hand-drawn batik, natural dyes.",
      images: ["http://localhost:9000/static/a.svg"],
      weight: 350,
      material: undefined,
      status: "published",
      options: [{ title: "Varian", values: ["Standar"] }],
      variants: [
        {
          title: "Standar",
          sku: "BTK-1",
          options: { Varian: "Standar" },
          price: 450000,
          stock: 3,
        },
      ],
      makers: [{ participant_id: "ptc_1", weight: 2 }],
    })
  })

  it("leaves makers out when none are credited", () => {
    expect(toCreateProductBody({ ...filled(), makers: [] }, NAMES).makers).toBeUndefined()
  })
})

describe("productToForm / toUpdateProductBody", () => {
  const product: PortalProduct = {
    id: "prod_1",
    title: "Tas Eceng Gondok",
    title_en: "Water hyacinth bag",
    subtitle: null,
    description: "Anyaman.",
    description_en: "Woven.",
    handle: "tas-eceng-gondok",
    status: "draft",
    archived: false,
    thumbnail: null,
    images: [],
    weight: 400,
    material: null,
    options: [],
    variants: [
      { id: "variant_1", title: "Kecil", sku: null, options: {}, price: 85000, stock: 4 },
    ],
    makers: [{ participant_id: "ptc_2", weight: 1, display_name: "Ibu S." }],
  }

  it("round-trips a saved product, sending only price and stock per variant", () => {
    const form = productToForm(product)
    form.variants[0]!.price = "90.000"
    form.variants.push({ key: "new", title: "Besar", sku: "", price: "1", stock: "1" })
    expect(toUpdateProductBody(form)).toEqual({
      title: "Tas Eceng Gondok",
      title_en: "Water hyacinth bag",
      subtitle: null,
      description: "Anyaman.",
      description_en: "Woven.",
      images: [],
      weight: 400,
      material: null,
      status: "draft",
      variants: [{ id: "variant_1", price: 90000, stock: 4 }],
    })
  })

  it("notices changed maker credits, not reordered ones", () => {
    const saved = [
      { participant_id: "a", weight: 1 },
      { participant_id: "b", weight: 2 },
    ]
    expect(
      makersChanged(saved, [
        { participant_id: "b", weight: "2" },
        { participant_id: "a", weight: "1" },
      ])
    ).toBe(false)
    expect(makersChanged(saved, [{ participant_id: "a", weight: "1" }])).toBe(true)
  })
})
