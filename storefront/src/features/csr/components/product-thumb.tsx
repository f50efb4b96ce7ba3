// A product's small photo, or a quiet empty square when it has none.
export function ProductThumb({ src, size = 48 }: { src: string | null; size?: number }) {
  return src ? (
    <img className="csr-thumb" src={src} alt="" width={size} height={size} loading="lazy" />
  ) : (
    <span className="csr-thumb csr-thumb--empty" style={{ width: size, height: size }} aria-hidden="true" />
  )
}
