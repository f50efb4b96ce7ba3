import { StatusBadge } from "@medusajs/ui"

export const ActiveBadge = ({ active }: { active: boolean }) => (
  <StatusBadge color={active ? "green" : "grey"}>{active ? "Aktif" : "Nonaktif"}</StatusBadge>
)
