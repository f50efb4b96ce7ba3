// Fictional participants (makers) of the demo facilities. The names and registration numbers are invented; the
// private ones exist so the privacy tests can prove they never reach a public response.
import type { CraftHandle, FacilityHandle } from "./catalogue"

export interface SeedParticipant {
  key: string
  facility: FacilityHandle
  display_name: string
  legal_name: string
  registration_number: string
  skills: string[]
  consent: "display_name_and_story" | "display_name" | "none" | "withdrawn"
  status: "active" | "released"
  story?: { id: string; en: string }
  crafts: CraftHandle[]
}

export const participants: SeedParticipant[] = [
  // Lapas Perempuan Kelas IIB Jambi
  { key: "jmb-1", facility: "lapas-perempuan-jambi", display_name: "Ibu Rini", legal_name: "Rini Marlina Saputri", registration_number: "JMB-2021-0417", skills: ["batik_tulis"], consent: "display_name_and_story", status: "active", crafts: ["batik-tulis"], story: { id: "Belajar membatik sejak 2020 dan kini merancang motif angso duo sendiri.", en: "Learned batik in 2020 and now designs her own angso duo motifs." } },
  { key: "jmb-2", facility: "lapas-perempuan-jambi", display_name: "Ibu S.", legal_name: "Sulastri Handayani", registration_number: "JMB-2022-0533", skills: ["batik_cap", "batik_tulis"], consent: "display_name", status: "active", crafts: ["batik-cap", "batik-tulis"] },
  { key: "jmb-3", facility: "lapas-perempuan-jambi", display_name: "Mbak Yuni", legal_name: "Wahyuni Kartika Dewi", registration_number: "JMB-2022-0610", skills: ["menjahit"], consent: "none", status: "active", crafts: ["jahitan"] },
  { key: "jmb-4", facility: "lapas-perempuan-jambi", display_name: "Ibu Nur", legal_name: "Nurhasanah Binti Ahmad", registration_number: "JMB-2023-0088", skills: ["kue"], consent: "withdrawn", status: "active", crafts: ["kue-roti", "makanan-ringan"] },
  { key: "jmb-5", facility: "lapas-perempuan-jambi", display_name: "Ibu Lestari", legal_name: "Lestari Puspitasari", registration_number: "JMB-2019-0291", skills: ["batik_tulis"], consent: "display_name", status: "released", crafts: ["batik-tulis"] },
  // LPP Kelas IIA Palembang
  { key: "plg-1", facility: "lpp-palembang", display_name: "Kak Dewi", legal_name: "Dewi Anggraini Putri", registration_number: "PLG-2022-1204", skills: ["songket"], consent: "display_name_and_story", status: "active", crafts: ["songket"], story: { id: "Menenun songket lepus; satu kain ia selesaikan dalam tiga minggu.", en: "Weaves songket lepus; one cloth takes her three weeks." } },
  { key: "plg-2", facility: "lpp-palembang", display_name: "Ibu M.", legal_name: "Maimunah Zainal", registration_number: "PLG-2023-0077", skills: ["menjahit"], consent: "display_name", status: "active", crafts: ["jahitan"] },
  { key: "plg-3", facility: "lpp-palembang", display_name: "Ibu Sari", legal_name: "Sari Rahmawati Ningsih", registration_number: "PLG-2021-0945", skills: ["anyaman"], consent: "none", status: "active", crafts: ["anyaman"] },
  { key: "plg-4", facility: "lpp-palembang", display_name: "Mbak Ani", legal_name: "Ani Suryani Lubis", registration_number: "PLG-2023-0362", skills: ["olahan_pangan", "kue"], consent: "display_name", status: "active", crafts: ["makanan-ringan", "kue-roti"] },
  { key: "plg-5", facility: "lpp-palembang", display_name: "Ibu Fitri", legal_name: "Fitriani Kusuma Wardani", registration_number: "PLG-2022-0819", skills: ["songket", "anyaman"], consent: "none", status: "active", crafts: ["songket", "anyaman"] },
  // Lapas Perempuan Kelas IIA Tangerang
  { key: "tng-1", facility: "lapas-perempuan-tangerang", display_name: "Ibu Wulan", legal_name: "Wulandari Sekar Ayu", registration_number: "TNG-2022-2210", skills: ["batik_cap"], consent: "display_name_and_story", status: "active", crafts: ["batik-cap", "batik-tulis"], story: { id: "Mewarnai kain dengan pewarna alam setelah pelatihan batik cap.", en: "Dyes cloth with natural dyes since her batik cap training." } },
  { key: "tng-2", facility: "lapas-perempuan-tangerang", display_name: "Ibu H.", legal_name: "Herawati Simanjuntak", registration_number: "TNG-2023-0154", skills: ["olahan_pangan"], consent: "none", status: "active", crafts: ["makanan-ringan", "kue-roti"] },
  { key: "tng-3", facility: "lapas-perempuan-tangerang", display_name: "Kak Tia", legal_name: "Tiara Kurniasih", registration_number: "TNG-2021-1733", skills: ["menjahit"], consent: "display_name", status: "active", crafts: ["jahitan", "anyaman"] },
  { key: "tng-4", facility: "lapas-perempuan-tangerang", display_name: "Ibu Endang", legal_name: "Endang Sri Mulyani", registration_number: "TNG-2022-0499", skills: ["batik_tulis", "batik_cap"], consent: "withdrawn", status: "active", crafts: ["batik-tulis", "batik-cap"] },
]

export interface SeedStaff {
  facility: FacilityHandle
  email: string
  name: string
  role: "manager" | "staff"
}

export const DEMO_STAFF_PASSWORD = "karya-lapas-demo"

const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1)

const shortKey: Record<FacilityHandle, string> = {
  "lapas-perempuan-jambi": "jambi",
  "lpp-palembang": "palembang",
  "lapas-perempuan-tangerang": "tangerang",
}

export const staff: SeedStaff[] = (Object.keys(shortKey) as FacilityHandle[]).flatMap((facility) => [
  { facility, email: `manajer.${shortKey[facility]}@karyalapas.id`, name: `Manajer ${capitalized(shortKey[facility])}`, role: "manager" as const },
  { facility, email: `staf.${shortKey[facility]}@karyalapas.id`, name: `Staf ${capitalized(shortKey[facility])}`, role: "staff" as const },
])
