import { KawungMark } from "../../../components/layout/logo"

/** A small square photo, or the kawung mark when there is none (decorative: the title sits beside it). */
export function ProductThumb({ src, size = 56 }: { src: string | null; size?: number }) {
  return src ? (
    <img className="portal-thumb" src={src} alt="" width={size} height={size} loading="lazy" decoding="async" />
  ) : (
    <span className="portal-thumb portal-thumb--empty" style={{ width: size, height: size }} aria-hidden="true">
      <KawungMark size={Math.round(size / 2)} />
    </span>
  )
}
