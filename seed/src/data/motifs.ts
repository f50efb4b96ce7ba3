// The seven registered motifs of the Jambi facility's batik line (Batik Lapuanja). Titles are invented; the DJKI
// numbers are demo numbers, and every description says so.
export interface SeedMotif {
  title: string
  description: { id: string; en: string }
  application_number: string
  registration_number: string
  first_published_at: string
  first_published_place: string
  creators: { key: string; share: number }[]
  royalty_bps: number
  other_facilities_allowed: boolean
  products: string[]
}

const demo = {
  id: "Nomor permohonan dan pencatatan di sini adalah nomor contoh untuk demo.",
  en: "The application and registration numbers here are demo numbers.",
}

const motif = (m: Omit<SeedMotif, "description"> & { about: { id: string; en: string } }): SeedMotif => {
  const { about, ...rest } = m
  return { ...rest, description: { id: `${about.id} ${demo.id}`, en: `${about.en} ${demo.en}` } }
}

export const motifs: SeedMotif[] = [
  motif({
    title: "Angso Duo Lapuanja",
    about: { id: "Sepasang angsa berhadapan di antara sulur, lambang kota Jambi.", en: "A pair of facing geese among tendrils, the emblem of Jambi." },
    application_number: "EC00202301101", registration_number: "000450101", first_published_at: "2023-03-14", first_published_place: "Muaro Jambi",
    creators: [{ key: "JMB-2021-0417", share: 2 }, { key: "JMB-2022-0533", share: 1 }], royalty_bps: 500, other_facilities_allowed: false,
    products: ["batik-tulis-angso-duo-sogan", "batik-tulis-sutra-angso-duo", "batik-cap-angso-duo", "kemeja-batik-angso-duo-pria"],
  }),
  motif({
    title: "Durian Pecah Bersulur",
    about: { id: "Buah durian yang terbelah empat dengan sulur daun.", en: "A durian split in four, with leafy tendrils." },
    application_number: "EC00202301102", registration_number: "000450102", first_published_at: "2023-03-14", first_published_place: "Muaro Jambi",
    creators: [{ key: "JMB-2021-0417", share: 1 }], royalty_bps: 500, other_facilities_allowed: false,
    products: ["batik-tulis-durian-pecah"],
  }),
  motif({
    title: "Kapal Sanggat Batanghari",
    about: { id: "Perahu yang kandas di tepi Batanghari, kenangan sungai Jambi.", en: "A boat run aground on the Batanghari, a memory of Jambi's river." },
    application_number: "EC00202301103", registration_number: "000450103", first_published_at: "2023-05-02", first_published_place: "Muaro Jambi",
    creators: [{ key: "JMB-2019-0291", share: 1 }], royalty_bps: 400, other_facilities_allowed: false,
    products: ["batik-tulis-kapal-sanggat-indigo"],
  }),
  motif({
    title: "Bungo Pauh Berantai",
    about: { id: "Bunga mangga hutan yang dirangkai seperti rantai.", en: "Wild mango blossoms linked like a chain." },
    application_number: "EC00202301104", registration_number: "000450104", first_published_at: "2023-05-02", first_published_place: "Muaro Jambi",
    creators: [{ key: "JMB-2022-0533", share: 1 }], royalty_bps: 500, other_facilities_allowed: false,
    products: ["batik-tulis-bungo-pauh", "blus-batik-bungo-pauh"],
  }),
  motif({
    title: "Kawung Muaro Jambi",
    about: { id: "Kawung empat kelopak dengan isen titik khas Muaro Jambi.", en: "Four-petal kawung with the dotted fill of Muaro Jambi." },
    application_number: "EC00202301105", registration_number: "000450105", first_published_at: "2023-08-17", first_published_place: "Jambi",
    creators: [{ key: "JMB-2022-0533", share: 1 }, { key: "JMB-2023-0088", share: 1 }], royalty_bps: 300, other_facilities_allowed: true,
    products: ["batik-cap-kawung-jambi"],
  }),
  motif({
    title: "Lapuanja Tujuh Kelopak",
    about: { id: "Bunga tujuh kelopak, satu untuk setiap motif terdaftar Lapuanja.", en: "A seven-petal flower, one petal for each registered Lapuanja motif." },
    application_number: "EC00202301106", registration_number: "000450106", first_published_at: "2023-08-17", first_published_place: "Jambi",
    creators: [{ key: "JMB-2021-0417", share: 1 }], royalty_bps: 300, other_facilities_allowed: false,
    products: ["tote-bag-batik-lapuanja", "masker-kain-batik-jambi"],
  }),
  motif({
    title: "Riak Batanghari",
    about: { id: "Garis riak air sungai yang berlapis, dicanting halus.", en: "Layered ripples of river water, finely drawn with the canting." },
    application_number: "EC00202301107", registration_number: "000450107", first_published_at: "2024-01-20", first_published_place: "Muaro Jambi",
    creators: [{ key: "JMB-2019-0291", share: 1 }, { key: "JMB-2021-0417", share: 1 }], royalty_bps: 500, other_facilities_allowed: false,
    products: [],
  }),
]
