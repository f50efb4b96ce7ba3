// The gallery's markup as a browser first gets it: every photo, only the first loaded at once, sizes for each,
// controls only when there is more than one photo.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import en from "../../../locales/en.json"
import id from "../../../locales/id.json"
import { ProductGallery } from "./product-gallery"

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    fallbackLng: "id",
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
})

const render = (images: string[]) =>
  renderToStaticMarkup(createElement(ProductGallery, { images, title: "Batik Tulis Angso Duo" }))

describe("ProductGallery", () => {
  it("shows every photo, the first at once and the others lazily, each with its size and sizes", () => {
    const html = render(["a.jpg", "b.jpg", "c.jpg"])
    const slides = html.match(/<img[^>]*class="product-image gallery__image"[^>]*>/g) ?? []
    expect(slides).toHaveLength(3)
    expect(slides[0]).toContain('loading="eager"')
    expect(slides.slice(1).every((img) => img.includes('loading="lazy"'))).toBe(true)
    for (const img of slides) {
      expect(img).toMatch(/width="800"/)
      expect(img).toMatch(/height="1000"/)
      expect(img).toMatch(/sizes="[^"]+"/)
    }
    expect(slides[1]).toContain('alt="Batik Tulis Angso Duo, foto 2 dari 3"')
  })

  it("offers arrows, a count and a thumbnail per photo, the first marked current", () => {
    const html = render(["a.jpg", "b.jpg", "c.jpg"])
    expect(html).toContain('aria-label="Foto sebelumnya"')
    expect(html).toContain('aria-label="Foto berikutnya"')
    expect(html).toContain("Foto 1 dari 3")
    expect(html.match(/class="gallery__thumb"/g)).toHaveLength(3)
    expect(html).toMatch(/aria-label="Tampilkan foto 1 dari 3" aria-current="true"/)
    expect(html).not.toMatch(/aria-label="Tampilkan foto 2 dari 3" aria-current/)
    // the photo track takes focus for the arrow keys
    expect(html).toMatch(/tabindex="0" role="group" aria-label="Foto produk; pakai tombol panah untuk berpindah foto"/)
  })

  it("shows a single photo without controls, its alt the product's title", () => {
    const html = render(["a.jpg"])
    expect(html).toContain('alt="Batik Tulis Angso Duo"')
    expect(html).not.toContain("gallery__arrow")
    expect(html).not.toContain("gallery__thumb")
    expect(html).not.toContain("tabindex")
  })

  it("says there is no photo yet when there is none", () => {
    const html = render([])
    expect(html).toContain('aria-label="Belum ada foto"')
    expect(html).not.toContain("<img")
  })
})
