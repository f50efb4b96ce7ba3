// CSR programs and the demo expo, from the news in shared/context/seeds (sponsor, unit, facility, skills, SDG targets
// as the articles give them; an empty list where they say nothing). The expo is a demo of the SMEXPO the sponsor of
// Srikandi Mandiri says it holds; its venue and dates are a demo's.
import type { FacilityHandle } from "./catalogue"

export type SeedProgram = {
  handle: string
  name: string
  sponsor_company: string
  sponsor_unit: string
  /** YYYY-MM-DD; null when the sources give no date */
  start_date: string | null
  facilities: FacilityHandle[]
  skills: string[]
  sdg_targets: string[]
  description: { id: string; en: string }
}

export const programs: SeedProgram[] = [
  {
    handle: "srikandi-mandiri",
    name: "Srikandi Mandiri",
    sponsor_company: "Pertamina Patra Niaga Regional Sumbagsel",
    sponsor_unit: "Integrated Terminal Palembang",
    start_date: "2025-10-25",
    facilities: ["lpp-palembang"],
    skills: ["olahan tempe", "hidroponik", "roti dan kue", "tenun songket"],
    sdg_targets: [],
    description: {
      id: "Program TJSL yang melatih warga binaan LPP Palembang mengolah tempe, bertanam hidroponik, membuat roti dan kue, serta menenun songket, dan mempromosikan hasilnya di SMEXPO.",
      en: "A TJSL program training women at LPP Palembang in tempe products, hydroponics, bread and cakes, and songket weaving, and promoting their goods at SMEXPO.",
    },
  },
  {
    handle: "patra-academy",
    name: "PATRA Academy",
    sponsor_company: "Kilang Pertamina Plaju (Refinery Unit III)",
    sponsor_unit: "Communication, Relation & CSR",
    start_date: null,
    facilities: ["lpp-palembang"],
    skills: ["menjahit", "anyaman tali meiwa"],
    sdg_targets: ["1.4"],
    description: {
      id: "Palembang Terampil (PATRA) Academy: pelatihan, sertifikasi, dan pembentukan unit usaha bagi warga binaan, dimulai dengan anyaman tali meiwa dan pelatihan menjahit bersama instruktur BLK Sumatera Selatan.",
      en: "Palembang Terampil (PATRA) Academy: training, certification and small business units for women in the facility, starting with tali meiwa weaving and sewing taught by South Sumatra's vocational instructors.",
    },
  },
  {
    handle: "srikandi-perubahan",
    name: "Srikandi Perubahan",
    sponsor_company: "Pertamina EP Jambi (Pertamina Hulu Rokan Zona 1)",
    sponsor_unit: "Program Pengembangan Masyarakat",
    // the article says "since 2019" only
    start_date: "2019-01-01",
    facilities: ["lapas-perempuan-jambi"],
    skills: ["membatik"],
    sdg_targets: [],
    description: {
      id: "Program inovasi sosial untuk reintegrasi warga binaan perempuan di Lapas Perempuan Jambi melalui pelatihan membatik; batik Lapuanja kini punya tujuh motif terdaftar.",
      en: "A social innovation program for the reintegration of women at Lapas Perempuan Jambi through batik training; Batik Lapuanja now has seven registered motifs.",
    },
  },
]

export const expos = [
  {
    handle: "smexpo-2026",
    name: "SMEXPO 2026",
    venue: "Palembang Sport and Convention Center",
    city: "Palembang",
    starts_at: "2026-12-04T09:00:00+07:00",
    ends_at: "2026-12-06T21:00:00+07:00",
    promo_code: "SMEXPO26",
    promo_percentage: 10,
    program: "srikandi-mandiri",
    products: ["songket-lepus-benang-emas-merah", "selendang-songket-limar", "keripik-tempe-srikandi", "roti-manis-srikandi", "bolu-kojo-pandan"],
  },
]
