// Dates and names on the account pages, in the language the buyer reads.
type NamedAddress = { first_name?: string | null; last_name?: string | null }

export function fullName({ first_name, last_name }: NamedAddress): string {
  return [first_name, last_name].filter((part) => part && part.trim()).join(" ")
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (!value) return ""
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date)
}
