// "Dibuat di …": the facility a product comes from, linked to its page.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import type { ProductFacility } from "../api/get-product"

export function ProductFacilityLine({ facility }: { facility: ProductFacility | null | undefined }) {
  const { t } = useTranslation()
  if (!facility) return null
  return (
    <p className="product-facility">
      {t("product.madeAt")}{" "}
      <Link to="/lapas/$handle" params={{ handle: facility.handle }} className="product-facility__link">
        {facility.name}
      </Link>
      <span className="product-facility__place">
        {" · "}
        {facility.city}, {facility.province}
      </span>
    </p>
  )
}
