// Karya Lapas demo catalogue: facilities, crafts and products.
// Facts (facility names, programs, sponsors, crafts) come from public news reports;
// all descriptions are written for this project. Images live in seed/images/ and are
// drawn by seed/scripts/draw-images.mjs.

export type FacilityHandle = "lapas-perempuan-jambi" | "lpp-palembang" | "lapas-perempuan-tangerang"
export type CraftHandle =
  | "batik-tulis"
  | "batik-cap"
  | "songket"
  | "jahitan"
  | "anyaman"
  | "makanan-ringan"
  | "kue-roti"
export type ProgramHandle = "srikandi-perubahan" | "patra-academy" | "srikandi-mandiri" | "wub-ikm"

export interface Localized {
  id: string
  en: string
}

export interface SeedFacility {
  handle: FacilityHandle
  name: string
  shortName: string
  kind: "lapas" | "lpp" | "rutan"
  class: "I" | "IIA" | "IIB" | "III"
  city: string
  province: string
  address: string
  story: Localized
}

export interface SeedCraft {
  handle: CraftHandle
  name: Localized
  description: Localized
}

export interface SeedVariant {
  sku: string
  options: Record<string, string>
  priceIdr: number
  stock: number
  weightGrams?: number
}

export interface SeedProduct {
  handle: string
  facility: FacilityHandle
  craft: CraftHandle
  program?: ProgramHandle
  title: Localized
  subtitle: Localized
  description: Localized
  material: string
  weightGrams: number
  image: string
  options: { title: string; values: string[] }[]
  variants: SeedVariant[]
  tags: string[]
}

export const facilities: SeedFacility[] = [
  {
    handle: "lapas-perempuan-jambi",
    name: "Lapas Perempuan Kelas IIB Jambi",
    shortName: "Lapas Perempuan Jambi",
    kind: "lapas",
    class: "IIB",
    city: "Muaro Jambi",
    province: "Jambi",
    address: "Kabupaten Muaro Jambi, Jambi",
    story: {
      id:
        "Di Lapas Perempuan Kelas IIB Jambi, warga binaan belajar membatik sejak 2019 melalui program Srikandi Perubahan yang didukung Pertamina. " +
        "Batik mereka dikenal dengan nama Lapuanja, singkatan dari Lapas Perempuan Jambi, dan tujuh motif rancangan para pembatik kini tercatat sebagai Hak Kekayaan Intelektual. " +
        "Dari unit membatik itu tumbuh Balai Latihan Kerja yang juga mengajarkan kerajinan turunan batik, konveksi, kue kering, dan tata rias. " +
        "Setiap kain adalah bekal keterampilan dan usaha bagi perempuan yang kelak kembali ke masyarakat.",
      en:
        "At the Class IIB Women's Correctional Facility in Jambi, women have been learning batik since 2019 through the Srikandi Perubahan programme supported by Pertamina. " +
        "Their batik carries the name Lapuanja, short for Lapas Perempuan Jambi, and seven motifs designed by the makers are now registered as intellectual property. " +
        "The batik unit has grown into a vocational workshop that also teaches batik-based crafts, garment making, cookie baking and beauty care. " +
        "Every cloth is a skill and a small business the women can take with them when they return home.",
    },
  },
  {
    handle: "lpp-palembang",
    name: "LPP Kelas IIA Palembang",
    shortName: "LPP Palembang",
    kind: "lpp",
    class: "IIA",
    city: "Palembang",
    province: "Sumatera Selatan",
    address: "Kota Palembang, Sumatera Selatan",
    story: {
      id:
        "Lembaga Pemasyarakatan Perempuan Kelas IIA Palembang menjadi ruang belajar bagi warga binaan yang menjahit, menganyam, memasak, dan menenun. " +
        "Melalui PATRA (Palembang Terampil) Academy bersama Kilang Pertamina Plaju, peserta berlatih menjahit dengan instruktur balai latihan kerja provinsi dan menganyam tali meiwa bersama kelompok perajin dari Plaju. " +
        "Program Srikandi Mandiri dari Pertamina Patra Niaga menambahkan pelatihan menenun songket, olahan tempe, serta roti dan kue. " +
        "Hasil karya mereka dipamerkan di SMEXPO dan kini dapat dibeli secara daring.",
      en:
        "The Class IIA Women's Correctional Facility in Palembang is a place where women learn to sew, weave, cook and work the songket loom. " +
        "Through PATRA (Palembang Terampil) Academy with the Pertamina Plaju refinery, participants train in sewing with instructors from the provincial vocational centre and weave meiwa cord with a craft group from Plaju. " +
        "The Srikandi Mandiri programme of Pertamina Patra Niaga adds songket weaving, tempe products, and bread and cakes. " +
        "Their work is shown at SMEXPO and can now be bought online.",
    },
  },
  {
    handle: "lapas-perempuan-tangerang",
    name: "Lapas Perempuan Kelas IIA Tangerang",
    shortName: "Lapas Perempuan Tangerang",
    kind: "lapas",
    class: "IIA",
    city: "Kota Tangerang",
    province: "Banten",
    address: "Kota Tangerang, Banten",
    story: {
      id:
        "Lapas Perempuan Kelas IIA Tangerang membina ratusan warga binaan dalam produksi pangan, menjahit, kerajinan, dan tata rias. " +
        "Bersama Kementerian Perindustrian dan Yayasan Batik Indonesia, peserta mengikuti bimbingan teknis Wirausaha Baru IKM untuk batik cap dan tulis, teknik pewarnaan, diversifikasi kain batik, serta olahan pangan. " +
        "Kain yang mereka cap dan warnai diolah lagi menjadi kemeja, sarung bantal, dan dompet. " +
        "Tujuannya sederhana: keterampilan yang cukup untuk bekerja atau membuka usaha sendiri.",
      en:
        "The Class IIA Women's Correctional Facility in Tangerang trains hundreds of women in food production, sewing, crafts and beauty care. " +
        "With the Ministry of Industry and Yayasan Batik Indonesia, participants take the New Small Industry Entrepreneurs (WUB IKM) courses in stamped and hand-drawn batik, dyeing, batik product design and food processing. " +
        "The cloth they stamp and dye is sewn again into shirts, cushion covers and purses. " +
        "The aim is simple: enough skill to find work or start a business of their own.",
    },
  },
]

export const crafts: SeedCraft[] = [
  {
    handle: "batik-tulis",
    name: { id: "Batik Tulis", en: "Hand-drawn Batik" },
    description: {
      id: "Kain yang motifnya digambar tangan dengan canting dan malam panas, lalu diwarnai bertahap. Satu lembar bisa memakan waktu berminggu-minggu.",
      en: "Cloth whose motif is drawn by hand with a canting and hot wax, then dyed in stages. A single piece can take weeks.",
    },
  },
  {
    handle: "batik-cap",
    name: { id: "Batik Cap", en: "Stamped Batik" },
    description: {
      id: "Batik yang malamnya dibubuhkan dengan cap tembaga, sehingga motif berulang rapi dan harganya lebih terjangkau.",
      en: "Batik in which the wax is applied with a copper stamp, giving neat repeating motifs at a friendlier price.",
    },
  },
  {
    handle: "songket",
    name: { id: "Songket", en: "Songket" },
    description: {
      id: "Tenun khas Palembang dengan benang emas atau perak yang disisipkan di antara benang pakan, ditenun helai demi helai di alat tenun kayu.",
      en: "Palembang's signature weave, with gold or silver thread laid in between the weft, worked thread by thread on a wooden loom.",
    },
  },
  {
    handle: "jahitan",
    name: { id: "Jahitan & Busana", en: "Sewing & Garments" },
    description: {
      id: "Kemeja, blus, daster, mukena, dan tas yang dijahit di bengkel konveksi lapas, banyak di antaranya dari kain batik buatan sendiri.",
      en: "Shirts, blouses, house dresses, prayer sets and bags sewn in the facility workshops, many from batik the women made themselves.",
    },
  },
  {
    handle: "anyaman",
    name: { id: "Anyaman", en: "Woven Crafts" },
    description: {
      id: "Tas, kotak tisu, dan keranjang dari tali meiwa dan eceng gondok, dianyam tangan dengan pola yang rapat dan kuat.",
      en: "Bags, tissue boxes and baskets of meiwa cord and water hyacinth, hand-woven in tight, sturdy patterns.",
    },
  },
  {
    handle: "makanan-ringan",
    name: { id: "Makanan Ringan", en: "Snacks" },
    description: {
      id: "Keripik tempe, keripik pisang, sale pisang, dan camilan siap saji lain, digoreng dan dikemas dalam jumlah kecil.",
      en: "Tempe chips, banana chips, dried banana rolls and other ready-to-eat snacks, fried and packed in small batches.",
    },
  },
  {
    handle: "kue-roti",
    name: { id: "Kue & Roti", en: "Cookies & Bakes" },
    description: {
      id: "Kue kering, bolu, dan roti yang dipanggang di dapur pelatihan dengan mentega dan bahan pilihan.",
      en: "Cookies, cakes and bread baked in the training kitchens with butter and good ingredients.",
    },
  },
]

function single(sku: string, priceIdr: number, stock: number): SeedVariant[] {
  return [{ sku, options: {}, priceIdr, stock }]
}

export const products: SeedProduct[] = [
  // ───────────────────────── Lapas Perempuan Jambi ─────────────────────────
  {
    handle: "batik-tulis-angso-duo-sogan",
    facility: "lapas-perempuan-jambi",
    craft: "batik-tulis",
    program: "srikandi-perubahan",
    title: { id: "Batik Tulis Angso Duo", en: "Angso Duo Hand-drawn Batik" },
    subtitle: { id: "Sepasang angsa, lambang kota Jambi", en: "A pair of geese, the emblem of Jambi" },
    description: {
      id: "Kain batik tulis dengan motif angso duo, sepasang angsa yang menjadi lambang Jambi, digambar dengan canting di atas katun primissima. Ukuran 200 × 115 cm. Cuci dengan tangan memakai lerak atau sabun lembut, jemur di tempat teduh.",
      en: "Hand-drawn batik with the angso duo motif, the pair of geese that stands for Jambi, drawn with a canting on primissima cotton. Size 200 × 115 cm. Hand wash with lerak or mild soap and dry in the shade.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-tulis-angso-duo-sogan.svg",
    options: [{ title: "Warna", values: ["Sogan", "Indigo"] }],
    variants: [
      { sku: "KL-JMB-BT-ANGSO-SOG", options: { Warna: "Sogan" }, priceIdr: 650000, stock: 6 },
      { sku: "KL-JMB-BT-ANGSO-IND", options: { Warna: "Indigo" }, priceIdr: 675000, stock: 4 },
    ],
    tags: ["batik", "batik tulis", "jambi", "angso duo", "lapuanja", "sogan"],
  },
  {
    handle: "batik-tulis-durian-pecah",
    facility: "lapas-perempuan-jambi",
    craft: "batik-tulis",
    program: "srikandi-perubahan",
    title: { id: "Batik Tulis Durian Pecah", en: "Durian Pecah Hand-drawn Batik" },
    subtitle: { id: "Motif buah durian yang terbelah", en: "The motif of a split durian" },
    description: {
      id: "Motif durian pecah menggambarkan ruas buah durian yang terbuka, salah satu ragam hias khas batik Jambi. Digambar tangan di atas katun primissima berukuran 200 × 115 cm dengan pewarna sintetis yang tahan luntur. Cuci terpisah dengan tangan dan jangan diperas keras.",
      en: "The durian pecah motif shows the open segments of a durian, a classic ornament of Jambi batik. Hand-drawn on 200 × 115 cm primissima cotton with colourfast dyes. Wash separately by hand and do not wring hard.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-tulis-durian-pecah.svg",
    options: [{ title: "Warna", values: ["Sogan", "Merah Marun"] }],
    variants: [
      { sku: "KL-JMB-BT-DURIAN-SOG", options: { Warna: "Sogan" }, priceIdr: 575000, stock: 5 },
      { sku: "KL-JMB-BT-DURIAN-MRN", options: { Warna: "Merah Marun" }, priceIdr: 575000, stock: 3 },
    ],
    tags: ["batik", "batik tulis", "jambi", "durian pecah", "lapuanja"],
  },
  {
    handle: "batik-tulis-kapal-sanggat-indigo",
    facility: "lapas-perempuan-jambi",
    craft: "batik-tulis",
    program: "srikandi-perubahan",
    title: { id: "Batik Tulis Kapal Sanggat Indigo", en: "Kapal Sanggat Hand-drawn Batik, Indigo" },
    subtitle: { id: "Perahu kandas di tepian Batanghari", en: "A boat run aground on the Batanghari" },
    description: {
      id: "Motif kapal sanggat bercerita tentang perahu yang tersangkut di sungai, pengingat untuk berhati-hati dalam melangkah. Kain katun primissima 200 × 115 cm ini dicelup indigo berulang hingga birunya dalam. Simpan terlipat di tempat kering, jauh dari sinar matahari langsung.",
      en: "The kapal sanggat motif tells of a boat caught in the river, a reminder to tread carefully. This 200 × 115 cm primissima cotton is dipped in indigo again and again until the blue runs deep. Store folded in a dry place, away from direct sun.",
    },
    material: "Katun primissima, pewarna indigo",
    weightGrams: 300,
    image: "batik-tulis-kapal-sanggat-indigo.svg",
    options: [],
    variants: single("KL-JMB-BT-KAPAL-IND", 725000, 4),
    tags: ["batik", "batik tulis", "jambi", "kapal sanggat", "indigo", "lapuanja"],
  },
  {
    handle: "batik-tulis-bungo-pauh",
    facility: "lapas-perempuan-jambi",
    craft: "batik-tulis",
    program: "srikandi-perubahan",
    title: { id: "Batik Tulis Bungo Pauh", en: "Bungo Pauh Hand-drawn Batik" },
    subtitle: { id: "Sulur mangga hutan yang melingkar", en: "Curling tendrils of the wild mango" },
    description: {
      id: "Bungo pauh adalah motif daun dan buah mangga hutan yang banyak dijumpai pada batik Jambi. Digambar halus dengan canting isen-isen di atas katun primissima 200 × 115 cm. Cocok untuk kain panjang, selendang, atau dijahit menjadi busana.",
      en: "Bungo pauh is the leaf and fruit of the wild mango, a motif found throughout Jambi batik. Drawn finely with a detail canting on 200 × 115 cm primissima cotton. Wear it as a long cloth or shawl, or have it tailored into clothing.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-tulis-bungo-pauh.svg",
    options: [{ title: "Warna", values: ["Sogan", "Hijau Daun"] }],
    variants: [
      { sku: "KL-JMB-BT-PAUH-SOG", options: { Warna: "Sogan" }, priceIdr: 525000, stock: 5 },
      { sku: "KL-JMB-BT-PAUH-HJU", options: { Warna: "Hijau Daun" }, priceIdr: 525000, stock: 4 },
    ],
    tags: ["batik", "batik tulis", "jambi", "bungo pauh", "lapuanja"],
  },
  {
    handle: "batik-tulis-sutra-angso-duo",
    facility: "lapas-perempuan-jambi",
    craft: "batik-tulis",
    program: "srikandi-perubahan",
    title: { id: "Selendang Batik Tulis Sutra Angso Duo", en: "Angso Duo Hand-drawn Silk Batik Shawl" },
    subtitle: { id: "Selendang sutra untuk acara istimewa", en: "A silk shawl for special occasions" },
    description: {
      id: "Selendang sutra ringan dengan angso duo dan sulur bunga di kedua ujungnya, dikerjakan sepenuhnya dengan tangan. Ukuran 180 × 55 cm. Sebaiknya dicuci kering (dry clean) atau dicuci tangan dengan air dingin.",
      en: "A light silk shawl with angso duo geese and flowering tendrils at both ends, made entirely by hand. Size 180 × 55 cm. Dry clean, or hand wash in cold water.",
    },
    material: "Sutra",
    weightGrams: 150,
    image: "batik-tulis-sutra-angso-duo.svg",
    options: [],
    variants: single("KL-JMB-BT-SUTRA-ANGSO", 1150000, 3),
    tags: ["batik", "batik tulis", "jambi", "angso duo", "sutra", "selendang", "lapuanja"],
  },
  {
    handle: "batik-cap-kawung-jambi",
    facility: "lapas-perempuan-jambi",
    craft: "batik-cap",
    program: "srikandi-perubahan",
    title: { id: "Batik Cap Kawung Jambi", en: "Jambi Kawung Stamped Batik" },
    subtitle: { id: "Kawung klasik dengan warna Jambi", en: "Classic kawung in Jambi colours" },
    description: {
      id: "Motif kawung yang tersusun dari empat lingkaran dicap rapi dengan cap tembaga di atas katun prima. Ukuran 200 × 110 cm, cocok untuk kemeja atau kain sehari-hari. Cuci dengan tangan, jemur terbalik di tempat teduh.",
      en: "The kawung motif of four linked circles, stamped neatly with a copper block on prima cotton. Size 200 × 110 cm, good for shirts or everyday wear. Hand wash and dry inside out in the shade.",
    },
    material: "Katun prima",
    weightGrams: 280,
    image: "batik-cap-kawung-jambi.svg",
    options: [{ title: "Warna", values: ["Sogan", "Indigo"] }],
    variants: [
      { sku: "KL-JMB-BC-KAWUNG-SOG", options: { Warna: "Sogan" }, priceIdr: 185000, stock: 18 },
      { sku: "KL-JMB-BC-KAWUNG-IND", options: { Warna: "Indigo" }, priceIdr: 185000, stock: 14 },
    ],
    tags: ["batik", "batik cap", "jambi", "kawung", "lapuanja"],
  },
  {
    handle: "batik-cap-angso-duo",
    facility: "lapas-perempuan-jambi",
    craft: "batik-cap",
    program: "srikandi-perubahan",
    title: { id: "Batik Cap Angso Duo", en: "Angso Duo Stamped Batik" },
    subtitle: { id: "Angsa Jambi dalam ulangan cap yang rapi", en: "Jambi geese in a neat stamped repeat" },
    description: {
      id: "Versi cap dari motif angso duo, dibuat dengan cap tembaga dan diwarnai celup di atas katun prima 200 × 110 cm. Harganya lebih terjangkau tanpa kehilangan ciri khas batik Jambi. Cuci dengan sabun lembut dan hindari pemutih.",
      en: "A stamped version of the angso duo motif, made with a copper block and dip-dyed on 200 × 110 cm prima cotton. More affordable, still unmistakably Jambi. Wash with mild soap and avoid bleach.",
    },
    material: "Katun prima",
    weightGrams: 280,
    image: "batik-cap-angso-duo.svg",
    options: [],
    variants: single("KL-JMB-BC-ANGSO", 225000, 15),
    tags: ["batik", "batik cap", "jambi", "angso duo", "lapuanja"],
  },
  {
    handle: "kemeja-batik-angso-duo-pria",
    facility: "lapas-perempuan-jambi",
    craft: "jahitan",
    program: "srikandi-perubahan",
    title: { id: "Kemeja Batik Angso Duo Pria", en: "Men's Angso Duo Batik Shirt" },
    subtitle: { id: "Lengan pendek, dijahit di konveksi lapas", en: "Short sleeves, sewn in the facility workshop" },
    description: {
      id: "Kemeja lengan pendek dari batik cap angso duo, dijahit di unit konveksi dengan furing di bagian depan. Potongan reguler dengan saku dada. Cuci dengan tangan dan setrika dari sisi dalam.",
      en: "A short-sleeved shirt in stamped angso duo batik, sewn in the workshop with a lined front. Regular fit with a chest pocket. Hand wash and iron inside out.",
    },
    material: "Katun prima batik cap",
    weightGrams: 250,
    image: "kemeja-batik-angso-duo-pria.svg",
    options: [{ title: "Ukuran", values: ["M", "L", "XL"] }],
    variants: [
      { sku: "KL-JMB-JH-KEMEJA-M", options: { Ukuran: "M" }, priceIdr: 265000, stock: 8 },
      { sku: "KL-JMB-JH-KEMEJA-L", options: { Ukuran: "L" }, priceIdr: 265000, stock: 10 },
      { sku: "KL-JMB-JH-KEMEJA-XL", options: { Ukuran: "XL" }, priceIdr: 285000, stock: 6 },
    ],
    tags: ["kemeja", "batik", "busana pria", "jambi", "angso duo"],
  },
  {
    handle: "blus-batik-bungo-pauh",
    facility: "lapas-perempuan-jambi",
    craft: "jahitan",
    program: "srikandi-perubahan",
    title: { id: "Blus Batik Bungo Pauh", en: "Bungo Pauh Batik Blouse" },
    subtitle: { id: "Blus longgar dengan lengan tiga perempat", en: "A loose blouse with three-quarter sleeves" },
    description: {
      id: "Blus wanita berpotongan longgar dari batik cap bungo pauh, dengan kancing depan dan lengan tiga perempat. Nyaman untuk kerja maupun acara santai. Cuci dengan tangan, jangan direndam lama.",
      en: "A loose women's blouse in stamped bungo pauh batik, with a button front and three-quarter sleeves. Comfortable for work or a day out. Hand wash and do not soak for long.",
    },
    material: "Katun prima batik cap",
    weightGrams: 220,
    image: "blus-batik-bungo-pauh.svg",
    options: [
      { title: "Ukuran", values: ["S", "M", "L", "XL"] },
      { title: "Warna", values: ["Sogan", "Hijau Daun"] },
    ],
    variants: [
      { sku: "KL-JMB-JH-BLUS-S-SOG", options: { Ukuran: "S", Warna: "Sogan" }, priceIdr: 235000, stock: 5 },
      { sku: "KL-JMB-JH-BLUS-M-SOG", options: { Ukuran: "M", Warna: "Sogan" }, priceIdr: 235000, stock: 7 },
      { sku: "KL-JMB-JH-BLUS-L-SOG", options: { Ukuran: "L", Warna: "Sogan" }, priceIdr: 235000, stock: 6 },
      { sku: "KL-JMB-JH-BLUS-XL-SOG", options: { Ukuran: "XL", Warna: "Sogan" }, priceIdr: 250000, stock: 4 },
      { sku: "KL-JMB-JH-BLUS-M-HJU", options: { Ukuran: "M", Warna: "Hijau Daun" }, priceIdr: 235000, stock: 5 },
      { sku: "KL-JMB-JH-BLUS-L-HJU", options: { Ukuran: "L", Warna: "Hijau Daun" }, priceIdr: 235000, stock: 4 },
    ],
    tags: ["blus", "batik", "busana wanita", "jambi", "bungo pauh"],
  },
  {
    handle: "tote-bag-batik-lapuanja",
    facility: "lapas-perempuan-jambi",
    craft: "jahitan",
    program: "srikandi-perubahan",
    title: { id: "Tote Bag Batik Lapuanja", en: "Lapuanja Batik Tote Bag" },
    subtitle: { id: "Kanvas tebal dengan panel batik", en: "Heavy canvas with a batik panel" },
    description: {
      id: "Tas jinjing kanvas dengan panel batik cap Jambi di bagian depan dan saku dalam beresleting. Ukuran 38 × 40 × 10 cm, muat laptop 14 inci. Salah satu produk turunan batik dari Balai Latihan Kerja lapas.",
      en: "A canvas tote with a panel of stamped Jambi batik on the front and a zipped inside pocket. Size 38 × 40 × 10 cm, fits a 14-inch laptop. One of the batik-based products from the facility's vocational workshop.",
    },
    material: "Kanvas, katun batik cap",
    weightGrams: 300,
    image: "tote-bag-batik-lapuanja.svg",
    options: [],
    variants: single("KL-JMB-JH-TOTE", 125000, 20),
    tags: ["tas", "tote bag", "batik", "jambi", "lapuanja"],
  },
  {
    handle: "masker-kain-batik-jambi",
    facility: "lapas-perempuan-jambi",
    craft: "jahitan",
    title: { id: "Masker Kain Batik Jambi (isi 3)", en: "Jambi Batik Cloth Masks (pack of 3)" },
    subtitle: { id: "Tiga lapis, bisa dicuci ulang", en: "Three layers, washable" },
    description: {
      id: "Masker kain tiga lapis dari sisa potongan batik cap, dengan tali telinga elastis. Satu paket berisi tiga motif berbeda. Cuci setelah dipakai dan setrika agar tetap rapi.",
      en: "Three-layer cloth masks made from stamped batik offcuts, with elastic ear loops. Each pack holds three different motifs. Wash after use and iron to keep them neat.",
    },
    material: "Katun batik cap, katun lapis dalam",
    weightGrams: 60,
    image: "masker-kain-batik-jambi.svg",
    options: [],
    variants: single("KL-JMB-JH-MASKER-3", 45000, 60),
    tags: ["masker", "batik", "jambi", "perca"],
  },
  {
    handle: "nastar-nanas-lapuanja",
    facility: "lapas-perempuan-jambi",
    craft: "kue-roti",
    title: { id: "Nastar Nanas", en: "Pineapple Nastar" },
    subtitle: { id: "Kue kering isi selai nanas", en: "Butter cookies filled with pineapple jam" },
    description: {
      id: "Nastar lembut dari mentega dan kuning telur, diisi selai nanas yang dimasak sendiri di dapur Balai Latihan Kerja. Dikemas dalam toples plastik bertutup rapat. Simpan di tempat sejuk, tahan sekitar tiga minggu.",
      en: "Tender nastar made with butter and egg yolk, filled with pineapple jam cooked in the vocational workshop's own kitchen. Packed in a sealed plastic jar. Keep cool; best within about three weeks.",
    },
    material: "Tepung terigu, mentega, kuning telur, nanas",
    weightGrams: 450,
    image: "nastar-nanas-lapuanja.svg",
    options: [{ title: "Isi", values: ["250 g", "500 g"] }],
    variants: [
      { sku: "KL-JMB-KR-NASTAR-250", options: { Isi: "250 g" }, priceIdr: 75000, stock: 40, weightGrams: 450 },
      { sku: "KL-JMB-KR-NASTAR-500", options: { Isi: "500 g" }, priceIdr: 135000, stock: 25, weightGrams: 800 },
    ],
    tags: ["kue kering", "nastar", "nanas", "lebaran", "jambi"],
  },
  {
    handle: "kastengel-keju-lapuanja",
    facility: "lapas-perempuan-jambi",
    craft: "kue-roti",
    title: { id: "Kastengel Keju", en: "Cheese Kaasstengels" },
    subtitle: { id: "Batang keju yang renyah dan gurih", en: "Crisp, savoury cheese sticks" },
    description: {
      id: "Kastengel dengan keju edam di dalam adonan dan keju cheddar parut di atasnya, dipanggang sampai keemasan. Dikemas dalam toples bertutup rapat. Simpan di tempat kering dan sejuk.",
      en: "Kaasstengels with edam in the dough and grated cheddar on top, baked until golden. Packed in a sealed jar. Keep in a cool, dry place.",
    },
    material: "Tepung terigu, mentega, keju edam, keju cheddar",
    weightGrams: 450,
    image: "kastengel-keju-lapuanja.svg",
    options: [{ title: "Isi", values: ["250 g", "500 g"] }],
    variants: [
      { sku: "KL-JMB-KR-KASTENGEL-250", options: { Isi: "250 g" }, priceIdr: 80000, stock: 35, weightGrams: 450 },
      { sku: "KL-JMB-KR-KASTENGEL-500", options: { Isi: "500 g" }, priceIdr: 135000, stock: 20, weightGrams: 800 },
    ],
    tags: ["kue kering", "kastengel", "keju", "lebaran", "jambi"],
  },

  // ───────────────────────── LPP Palembang ─────────────────────────
  {
    handle: "songket-lepus-benang-emas-merah",
    facility: "lpp-palembang",
    craft: "songket",
    program: "srikandi-mandiri",
    title: { id: "Songket Lepus Benang Emas", en: "Lepus Songket with Gold Thread" },
    subtitle: { id: "Benang emas memenuhi hampir seluruh kain", en: "Gold thread covering nearly the whole cloth" },
    description: {
      id: "Songket lepus ditenun dengan benang emas yang menutupi hampir seluruh permukaan kain, di atas dasar merah marun. Ukuran kain 200 × 90 cm beserta selendang. Simpan terlipat dengan kertas minyak di antara lipatan dan jangan dicuci dengan mesin.",
      en: "Lepus songket is woven with gold thread covering almost the entire surface, on a maroon ground. Cloth 200 × 90 cm with matching shawl. Store folded with tissue paper between the folds and never machine wash.",
    },
    material: "Benang sutra, benang emas",
    weightGrams: 900,
    image: "songket-lepus-benang-emas-merah.svg",
    options: [],
    variants: single("KL-PLG-SG-LEPUS-MRN", 4250000, 3),
    tags: ["songket", "tenun", "palembang", "lepus", "benang emas"],
  },
  {
    handle: "songket-tretes-mender-ungu",
    facility: "lpp-palembang",
    craft: "songket",
    program: "srikandi-mandiri",
    title: { id: "Songket Tretes Mender", en: "Tretes Mender Songket" },
    subtitle: { id: "Motif di tepi, bidang tengah polos", en: "Motifs at the borders, a plain centre" },
    description: {
      id: "Pada songket tretes, benang emas hanya menghiasi kepala kain dan kedua tepinya sehingga bidang tengah tampak lapang. Ditenun di atas benang katun berwarna ungu tua, ukuran 200 × 90 cm. Lebih ringan dan cocok untuk dipakai sebagai kain sarung atau hiasan.",
      en: "On tretes songket the gold thread decorates only the head of the cloth and both borders, leaving an open centre. Woven on deep purple cotton, 200 × 90 cm. Lighter, and suited for wearing as a sarong or for display.",
    },
    material: "Benang katun, benang emas",
    weightGrams: 700,
    image: "songket-tretes-mender-ungu.svg",
    options: [{ title: "Warna", values: ["Ungu", "Merah Marun"] }],
    variants: [
      { sku: "KL-PLG-SG-TRETES-UNG", options: { Warna: "Ungu" }, priceIdr: 1850000, stock: 3 },
      { sku: "KL-PLG-SG-TRETES-MRN", options: { Warna: "Merah Marun" }, priceIdr: 1850000, stock: 3 },
    ],
    tags: ["songket", "tenun", "palembang", "tretes"],
  },
  {
    handle: "songket-bungo-cino",
    facility: "lpp-palembang",
    craft: "songket",
    program: "srikandi-mandiri",
    title: { id: "Songket Bungo Cino", en: "Bungo Cino Songket" },
    subtitle: { id: "Bunga kecil bertebaran di dasar merah", en: "Small flowers scattered on a red ground" },
    description: {
      id: "Songket dengan taburan bunga kecil bergaya bungo cino yang ditenun satu per satu dengan benang emas. Ukuran 200 × 90 cm. Hindari menyetrika langsung di atas benang emas; gunakan kain pelapis.",
      en: "Songket scattered with small bungo cino style flowers, each laid in gold thread one by one. Size 200 × 90 cm. Never iron directly on the gold thread; use a pressing cloth.",
    },
    material: "Benang katun, benang emas",
    weightGrams: 750,
    image: "songket-bungo-cino.svg",
    options: [],
    variants: single("KL-PLG-SG-BUNGOCINO", 2450000, 3),
    tags: ["songket", "tenun", "palembang", "bungo cino"],
  },
  {
    handle: "selendang-songket-limar",
    facility: "lpp-palembang",
    craft: "songket",
    program: "srikandi-mandiri",
    title: { id: "Selendang Songket Limar", en: "Limar Songket Shawl" },
    subtitle: { id: "Selendang tenun dengan ikat pakan", en: "A woven shawl with weft-ikat" },
    description: {
      id: "Selendang yang memadukan songket benang emas dengan corak limar dari benang pakan yang diikat dan dicelup. Ukuran 180 × 50 cm. Cocok dipadankan dengan kebaya; simpan tergulung agar benang emas tidak patah.",
      en: "A shawl that pairs gold-thread songket with limar patterning from tied and dyed weft threads. Size 180 × 50 cm. Lovely with a kebaya; store rolled so the gold thread does not crease.",
    },
    material: "Benang sutra, benang emas",
    weightGrams: 350,
    image: "selendang-songket-limar.svg",
    options: [],
    variants: single("KL-PLG-SG-LIMAR-SLD", 1550000, 4),
    tags: ["songket", "selendang", "limar", "palembang"],
  },
  {
    handle: "tas-tali-meiwa-jinjing",
    facility: "lpp-palembang",
    craft: "anyaman",
    program: "patra-academy",
    title: { id: "Tas Jinjing Anyaman Tali Meiwa", en: "Woven Meiwa Cord Handbag" },
    subtitle: { id: "Anyaman rapat, tahan air", en: "Tightly woven and water-resistant" },
    description: {
      id: "Tas jinjing dari tali meiwa yang dianyam rapat dengan teknik yang diajarkan oleh kelompok perajin anyaman dari Plaju. Ukuran 30 × 22 × 12 cm dengan furing kain dan resleting. Bersihkan cukup dengan kain lembap.",
      en: "A handbag of tightly woven meiwa cord, using the technique taught by a weaving group from Plaju. Size 30 × 22 × 12 cm with a fabric lining and zip. Wipe clean with a damp cloth.",
    },
    material: "Tali meiwa",
    weightGrams: 400,
    image: "tas-tali-meiwa-jinjing.svg",
    options: [{ title: "Warna", values: ["Cokelat", "Hitam", "Marun"] }],
    variants: [
      { sku: "KL-PLG-AY-TASMEIWA-CKL", options: { Warna: "Cokelat" }, priceIdr: 185000, stock: 12 },
      { sku: "KL-PLG-AY-TASMEIWA-HTM", options: { Warna: "Hitam" }, priceIdr: 185000, stock: 10 },
      { sku: "KL-PLG-AY-TASMEIWA-MRN", options: { Warna: "Marun" }, priceIdr: 195000, stock: 8 },
    ],
    tags: ["tas", "anyaman", "tali meiwa", "palembang"],
  },
  {
    handle: "kotak-tisu-tali-meiwa",
    facility: "lpp-palembang",
    craft: "anyaman",
    program: "patra-academy",
    title: { id: "Kotak Tisu Anyaman Tali Meiwa", en: "Woven Meiwa Cord Tissue Box" },
    subtitle: { id: "Pemanis meja tamu dan meja makan", en: "A neat touch for the living or dining table" },
    description: {
      id: "Kotak tisu berbentuk persegi panjang dari anyaman tali meiwa di atas rangka karton tebal. Ukuran 25 × 13 × 9 cm, muat tisu wajah ukuran standar. Bersihkan dengan kain lembap.",
      en: "A rectangular tissue box of woven meiwa cord over a stiff card frame. Size 25 × 13 × 9 cm, fits a standard box of facial tissues. Wipe with a damp cloth.",
    },
    material: "Tali meiwa, karton",
    weightGrams: 250,
    image: "kotak-tisu-tali-meiwa.svg",
    options: [],
    variants: single("KL-PLG-AY-TISU", 65000, 25),
    tags: ["anyaman", "tali meiwa", "kotak tisu", "dekorasi rumah", "palembang"],
  },
  {
    handle: "keranjang-eceng-gondok",
    facility: "lpp-palembang",
    craft: "anyaman",
    program: "patra-academy",
    title: { id: "Keranjang Eceng Gondok", en: "Water Hyacinth Basket" },
    subtitle: { id: "Keranjang serbaguna dari tanaman rawa", en: "A useful basket from a swamp plant" },
    description: {
      id: "Keranjang dari batang eceng gondok yang dijemur lalu dipilin dan dianyam di atas rangka kawat. Cocok untuk pakaian kotor, mainan, atau tanaman pot. Jauhkan dari tempat lembap agar tidak berjamur.",
      en: "A basket of water hyacinth stems, sun-dried, twisted and woven over a wire frame. Good for laundry, toys or a potted plant. Keep away from damp to prevent mould.",
    },
    material: "Eceng gondok, rangka kawat",
    weightGrams: 700,
    image: "keranjang-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["Sedang", "Besar"] }],
    variants: [
      { sku: "KL-PLG-AY-ECENG-SDG", options: { Ukuran: "Sedang" }, priceIdr: 145000, stock: 10, weightGrams: 700 },
      { sku: "KL-PLG-AY-ECENG-BSR", options: { Ukuran: "Besar" }, priceIdr: 245000, stock: 6, weightGrams: 1200 },
    ],
    tags: ["anyaman", "eceng gondok", "keranjang", "dekorasi rumah", "palembang"],
  },
  {
    handle: "daster-jumputan-palembang",
    facility: "lpp-palembang",
    craft: "jahitan",
    program: "patra-academy",
    title: { id: "Daster Jumputan Palembang", en: "Palembang Jumputan House Dress" },
    subtitle: { id: "Daster adem bercorak ikat celup", en: "A cool house dress in tie-dye" },
    description: {
      id: "Daster longgar dari kain jumputan Palembang yang ringan dan sejuk dipakai. Dijahit oleh peserta pelatihan menjahit PATRA Academy, dengan kancing depan yang memudahkan ibu menyusui. Cuci terpisah pada pencucian pertama.",
      en: "A loose house dress of light, cool Palembang jumputan tie-dye. Sewn by trainees of the PATRA Academy sewing course, with a button front that is handy for nursing mothers. Wash separately the first time.",
    },
    material: "Katun rayon jumputan",
    weightGrams: 250,
    image: "daster-jumputan-palembang.svg",
    options: [
      { title: "Ukuran", values: ["M", "L", "XL"] },
      { title: "Warna", values: ["Merah Marun", "Biru"] },
    ],
    variants: [
      { sku: "KL-PLG-JH-DASTER-M-MRN", options: { Ukuran: "M", Warna: "Merah Marun" }, priceIdr: 95000, stock: 12 },
      { sku: "KL-PLG-JH-DASTER-L-MRN", options: { Ukuran: "L", Warna: "Merah Marun" }, priceIdr: 95000, stock: 15 },
      { sku: "KL-PLG-JH-DASTER-XL-MRN", options: { Ukuran: "XL", Warna: "Merah Marun" }, priceIdr: 105000, stock: 10 },
      { sku: "KL-PLG-JH-DASTER-M-BRU", options: { Ukuran: "M", Warna: "Biru" }, priceIdr: 95000, stock: 12 },
      { sku: "KL-PLG-JH-DASTER-L-BRU", options: { Ukuran: "L", Warna: "Biru" }, priceIdr: 95000, stock: 14 },
      { sku: "KL-PLG-JH-DASTER-XL-BRU", options: { Ukuran: "XL", Warna: "Biru" }, priceIdr: 105000, stock: 8 },
    ],
    tags: ["daster", "jumputan", "busana wanita", "palembang"],
  },
  {
    handle: "mukena-katun-bordir",
    facility: "lpp-palembang",
    craft: "jahitan",
    program: "patra-academy",
    title: { id: "Mukena Katun Bordir", en: "Embroidered Cotton Prayer Set" },
    subtitle: { id: "Atasan dan bawahan, dengan tas kecil", en: "Top and skirt, with a small pouch" },
    description: {
      id: "Mukena dua potong dari katun jepang yang lembut, dengan bordir bunga di bagian wajah dan tepi bawah. Dilengkapi tas serut dari kain yang sama. Ukuran dewasa, panjang atasan 120 cm.",
      en: "A two-piece prayer set in soft Japanese cotton, with floral embroidery around the face and hem. Comes with a drawstring pouch in the same fabric. Adult size, top length 120 cm.",
    },
    material: "Katun jepang",
    weightGrams: 600,
    image: "mukena-katun-bordir.svg",
    options: [{ title: "Warna", values: ["Putih", "Krem"] }],
    variants: [
      { sku: "KL-PLG-JH-MUKENA-PTH", options: { Warna: "Putih" }, priceIdr: 285000, stock: 10 },
      { sku: "KL-PLG-JH-MUKENA-KRM", options: { Warna: "Krem" }, priceIdr: 285000, stock: 8 },
    ],
    tags: ["mukena", "busana muslim", "bordir", "palembang"],
  },
  {
    handle: "keripik-tempe-srikandi",
    facility: "lpp-palembang",
    craft: "makanan-ringan",
    program: "srikandi-mandiri",
    title: { id: "Keripik Tempe", en: "Tempe Chips" },
    subtitle: { id: "Tempe tipis, renyah, gurih", en: "Thin, crisp, savoury tempe" },
    description: {
      id: "Tempe diiris tipis, dibalut adonan tepung berbumbu ketumbar dan bawang putih, lalu digoreng sampai renyah. Dikemas dalam kantong bersegel 150 g. Setelah dibuka, simpan dalam wadah tertutup.",
      en: "Tempe sliced thin, coated in a batter seasoned with coriander and garlic, and fried until crisp. Packed in a sealed 150 g pouch. Once opened, keep in an airtight container.",
    },
    material: "Tempe kedelai, tepung beras, bumbu",
    weightGrams: 200,
    image: "keripik-tempe-srikandi.svg",
    options: [{ title: "Rasa", values: ["Original", "Pedas", "Balado"] }],
    variants: [
      { sku: "KL-PLG-MR-TEMPE-ORI", options: { Rasa: "Original" }, priceIdr: 20000, stock: 120 },
      { sku: "KL-PLG-MR-TEMPE-PDS", options: { Rasa: "Pedas" }, priceIdr: 22000, stock: 100 },
      { sku: "KL-PLG-MR-TEMPE-BLD", options: { Rasa: "Balado" }, priceIdr: 22000, stock: 80 },
    ],
    tags: ["camilan", "keripik", "tempe", "palembang", "oleh-oleh"],
  },
  {
    handle: "keripik-pisang-palembang",
    facility: "lpp-palembang",
    craft: "makanan-ringan",
    program: "patra-academy",
    title: { id: "Keripik Pisang", en: "Banana Chips" },
    subtitle: { id: "Pisang kepok diiris tipis", en: "Thinly sliced kepok banana" },
    description: {
      id: "Pisang kepok mengkal diiris tipis memanjang lalu digoreng dengan minyak yang sering diganti. Tersedia rasa manis, asin, dan cokelat. Kemasan kantong bersegel 200 g.",
      en: "Firm kepok bananas sliced thin lengthways and fried in frequently changed oil. Comes sweet, salted or chocolate. Sealed 200 g pouch.",
    },
    material: "Pisang kepok, minyak kelapa sawit, gula",
    weightGrams: 250,
    image: "keripik-pisang-palembang.svg",
    options: [{ title: "Rasa", values: ["Manis", "Asin", "Cokelat"] }],
    variants: [
      { sku: "KL-PLG-MR-PISANG-MNS", options: { Rasa: "Manis" }, priceIdr: 25000, stock: 90 },
      { sku: "KL-PLG-MR-PISANG-ASN", options: { Rasa: "Asin" }, priceIdr: 25000, stock: 90 },
      { sku: "KL-PLG-MR-PISANG-CKL", options: { Rasa: "Cokelat" }, priceIdr: 28000, stock: 70 },
    ],
    tags: ["camilan", "keripik", "pisang", "palembang", "oleh-oleh"],
  },
  {
    handle: "sale-pisang-gulung",
    facility: "lpp-palembang",
    craft: "makanan-ringan",
    program: "patra-academy",
    title: { id: "Sale Pisang Gulung", en: "Rolled Dried Banana (Sale Pisang)" },
    subtitle: { id: "Pisang jemur dibalut kulit lumpia", en: "Sun-dried banana wrapped in spring-roll skin" },
    description: {
      id: "Pisang yang dijemur sampai manis alami, dibungkus kulit lumpia lalu digoreng renyah. Tanpa gula tambahan di dalam isiannya. Kemasan 250 g, nikmat ditemani kopi atau teh.",
      en: "Bananas sun-dried until naturally sweet, wrapped in spring-roll pastry and fried crisp. No added sugar in the filling. 250 g pack, good with coffee or tea.",
    },
    material: "Pisang, kulit lumpia, minyak goreng",
    weightGrams: 300,
    image: "sale-pisang-gulung.svg",
    options: [],
    variants: single("KL-PLG-MR-SALE", 30000, 80),
    tags: ["camilan", "sale pisang", "pisang", "palembang", "oleh-oleh"],
  },
  {
    handle: "kemplang-panggang-palembang",
    facility: "lpp-palembang",
    craft: "makanan-ringan",
    title: { id: "Kemplang Panggang", en: "Grilled Kemplang Fish Crackers" },
    subtitle: { id: "Kerupuk ikan khas Palembang", en: "Palembang's own fish crackers" },
    description: {
      id: "Kemplang dari ikan tenggiri dan tepung tapioka yang dipanggang di atas bara, bukan digoreng. Teksturnya renyah dengan rasa ikan yang jelas. Kemasan 200 g, nikmat dengan sambal cuko.",
      en: "Kemplang of mackerel and tapioca, grilled over coals rather than fried. Crisp, with a clear taste of fish. 200 g pack, lovely with cuko chilli sauce.",
    },
    material: "Ikan tenggiri, tepung tapioka",
    weightGrams: 250,
    image: "kemplang-panggang-palembang.svg",
    options: [],
    variants: single("KL-PLG-MR-KEMPLANG", 35000, 60),
    tags: ["camilan", "kemplang", "kerupuk", "palembang", "oleh-oleh"],
  },
  {
    handle: "roti-manis-srikandi",
    facility: "lpp-palembang",
    craft: "kue-roti",
    program: "srikandi-mandiri",
    title: { id: "Roti Manis (isi 6)", en: "Sweet Buns (pack of 6)" },
    subtitle: { id: "Roti empuk dipanggang setiap pagi", en: "Soft buns baked every morning" },
    description: {
      id: "Enam roti manis yang empuk dengan isian pilihan, dipanggang di dapur pelatihan program Srikandi Mandiri. Tanpa pengawet, sebaiknya habis dalam tiga hari. Pengiriman hanya untuk wilayah Kota Palembang.",
      en: "Six soft sweet buns with your choice of filling, baked in the Srikandi Mandiri training kitchen. No preservatives; best eaten within three days. Delivered within Palembang city only.",
    },
    material: "Tepung terigu, susu, mentega, ragi",
    weightGrams: 450,
    image: "roti-manis-srikandi.svg",
    options: [{ title: "Rasa", values: ["Cokelat", "Keju", "Kelapa"] }],
    variants: [
      { sku: "KL-PLG-KR-ROTI-CKL", options: { Rasa: "Cokelat" }, priceIdr: 30000, stock: 30 },
      { sku: "KL-PLG-KR-ROTI-KJU", options: { Rasa: "Keju" }, priceIdr: 32000, stock: 30 },
      { sku: "KL-PLG-KR-ROTI-KLP", options: { Rasa: "Kelapa" }, priceIdr: 30000, stock: 25 },
    ],
    tags: ["roti", "roti manis", "palembang"],
  },
  {
    handle: "bolu-kojo-pandan",
    facility: "lpp-palembang",
    craft: "kue-roti",
    program: "srikandi-mandiri",
    title: { id: "Bolu Kojo Pandan", en: "Pandan Bolu Kojo" },
    subtitle: { id: "Kue khas Palembang yang legit", en: "Palembang's dense, fragrant cake" },
    description: {
      id: "Bolu kojo dibuat dari santan, telur, dan air daun pandan asli, dipanggang dalam loyang bunga hingga bagian atasnya kecokelatan. Teksturnya padat, lembap, dan harum. Satu loyang berdiameter 22 cm; simpan di kulkas setelah dua hari.",
      en: "Bolu kojo is made with coconut milk, eggs and real pandan juice, baked in a fluted tin until the top browns. Dense, moist and fragrant. One 22 cm cake; refrigerate after two days.",
    },
    material: "Tepung terigu, santan, telur, daun pandan",
    weightGrams: 900,
    image: "bolu-kojo-pandan.svg",
    options: [],
    variants: single("KL-PLG-KR-BOLUKOJO", 85000, 15),
    tags: ["kue", "bolu kojo", "pandan", "palembang", "kue basah"],
  },

  // ───────────────────────── Lapas Perempuan Tangerang ─────────────────────────
  {
    handle: "batik-cap-parang-indigo",
    facility: "lapas-perempuan-tangerang",
    craft: "batik-cap",
    program: "wub-ikm",
    title: { id: "Batik Cap Parang", en: "Parang Stamped Batik" },
    subtitle: { id: "Garis miring parang dalam dua warna", en: "Parang diagonals in two colourways" },
    description: {
      id: "Motif parang berupa deretan huruf S yang miring, dicap dengan cap tembaga lalu dicelup sesuai teknik pewarnaan yang dipelajari peserta bimbingan teknis. Katun prima 200 × 110 cm. Cuci dengan tangan, jangan dijemur di bawah terik matahari.",
      en: "The parang motif of slanting S-shaped bands, stamped with a copper block and dyed using the techniques taught in the technical course. Prima cotton, 200 × 110 cm. Hand wash and do not dry in harsh sun.",
    },
    material: "Katun prima",
    weightGrams: 280,
    image: "batik-cap-parang-indigo.svg",
    options: [{ title: "Warna", values: ["Indigo", "Sogan"] }],
    variants: [
      { sku: "KL-TNG-BC-PARANG-IND", options: { Warna: "Indigo" }, priceIdr: 175000, stock: 20 },
      { sku: "KL-TNG-BC-PARANG-SOG", options: { Warna: "Sogan" }, priceIdr: 175000, stock: 16 },
    ],
    tags: ["batik", "batik cap", "parang", "tangerang", "indigo"],
  },
  {
    handle: "batik-cap-truntum-sogan",
    facility: "lapas-perempuan-tangerang",
    craft: "batik-cap",
    program: "wub-ikm",
    title: { id: "Batik Cap Truntum Sogan", en: "Truntum Stamped Batik, Sogan" },
    subtitle: { id: "Taburan bunga kecil, lambang kasih yang tumbuh", en: "Tiny blossoms, a sign of love that grows" },
    description: {
      id: "Truntum adalah taburan bunga kecil seperti bintang yang melambangkan kasih yang terus tumbuh. Dicap di atas katun prima 200 × 110 cm dan diwarnai sogan cokelat. Cuci dengan sabun lembut dan jemur di tempat teduh.",
      en: "Truntum is a scatter of star-like blossoms that stands for love that keeps growing. Stamped on 200 × 110 cm prima cotton in sogan brown. Wash with mild soap and dry in the shade.",
    },
    material: "Katun prima",
    weightGrams: 280,
    image: "batik-cap-truntum-sogan.svg",
    options: [],
    variants: single("KL-TNG-BC-TRUNTUM-SOG", 195000, 14),
    tags: ["batik", "batik cap", "truntum", "tangerang", "sogan"],
  },
  {
    handle: "batik-cap-kombinasi-kawung-tulis",
    facility: "lapas-perempuan-tangerang",
    craft: "batik-cap",
    program: "wub-ikm",
    title: { id: "Batik Kombinasi Cap-Tulis Kawung", en: "Kawung Batik, Stamped and Hand-drawn" },
    subtitle: { id: "Dasar cap, isian digambar tangan", en: "A stamped base with hand-drawn details" },
    description: {
      id: "Kain batik kombinasi: pola kawung dicap, lalu isian dan garis tepinya digambar dengan canting. Hasilnya rapi namun tetap memperlihatkan goresan tangan. Katun primissima 200 × 115 cm.",
      en: "A combination batik: the kawung pattern is stamped, then the fillings and borders are drawn with a canting. Neat, yet the hand is still visible. Primissima cotton, 200 × 115 cm.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-cap-kombinasi-kawung-tulis.svg",
    options: [],
    variants: single("KL-TNG-BC-KAWUNG-KOMBI", 315000, 8),
    tags: ["batik", "batik cap", "batik tulis", "kawung", "tangerang"],
  },
  {
    handle: "batik-tulis-kembang-pesisir",
    facility: "lapas-perempuan-tangerang",
    craft: "batik-tulis",
    program: "wub-ikm",
    title: { id: "Batik Tulis Kembang Pesisir", en: "Coastal Flowers Hand-drawn Batik" },
    subtitle: { id: "Bunga dan burung dalam warna pesisiran", en: "Flowers and birds in coastal colours" },
    description: {
      id: "Rangkaian bunga dan burung kecil bergaya batik pesisir, digambar tangan dan diwarnai dengan teknik colet. Katun primissima 200 × 115 cm. Cuci dengan tangan memakai sabun lembut.",
      en: "Sprays of flowers and small birds in the coastal batik style, hand-drawn and hand-painted with the colet technique. Primissima cotton, 200 × 115 cm. Hand wash with mild soap.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-tulis-kembang-pesisir.svg",
    options: [],
    variants: single("KL-TNG-BT-KEMBANG", 450000, 5),
    tags: ["batik", "batik tulis", "pesisir", "bunga", "tangerang"],
  },
  {
    handle: "batik-tulis-parang-seling",
    facility: "lapas-perempuan-tangerang",
    craft: "batik-tulis",
    program: "wub-ikm",
    title: { id: "Batik Tulis Parang Seling", en: "Parang Seling Hand-drawn Batik" },
    subtitle: { id: "Parang berselang dengan lajur bunga", en: "Parang bands alternating with floral stripes" },
    description: {
      id: "Lajur parang yang berselang-seling dengan lajur bunga kecil, digambar tangan dan dicelup dua kali. Katun primissima 200 × 115 cm. Simpan terlipat dan hindari kapur barus langsung pada kain.",
      en: "Parang bands alternating with narrow floral stripes, hand-drawn and dyed twice. Primissima cotton, 200 × 115 cm. Store folded and keep mothballs off the cloth.",
    },
    material: "Katun primissima",
    weightGrams: 300,
    image: "batik-tulis-parang-seling.svg",
    options: [{ title: "Warna", values: ["Indigo", "Sogan"] }],
    variants: [
      { sku: "KL-TNG-BT-PARANG-IND", options: { Warna: "Indigo" }, priceIdr: 495000, stock: 4 },
      { sku: "KL-TNG-BT-PARANG-SOG", options: { Warna: "Sogan" }, priceIdr: 495000, stock: 4 },
    ],
    tags: ["batik", "batik tulis", "parang", "tangerang"],
  },
  {
    handle: "kemeja-batik-parang-pria",
    facility: "lapas-perempuan-tangerang",
    craft: "jahitan",
    program: "wub-ikm",
    title: { id: "Kemeja Batik Parang Lengan Panjang", en: "Long-sleeved Parang Batik Shirt" },
    subtitle: { id: "Untuk kantor dan kondangan", en: "For the office and for weddings" },
    description: {
      id: "Kemeja lengan panjang dari batik cap parang buatan sendiri, dengan furing penuh dan kancing batok. Dijahit oleh peserta pelatihan menjahit lapas. Cuci dengan tangan dan setrika suhu sedang.",
      en: "A long-sleeved shirt in the facility's own stamped parang batik, fully lined with coconut-shell buttons. Sewn by trainees of the sewing course. Hand wash and iron on medium heat.",
    },
    material: "Katun prima batik cap",
    weightGrams: 300,
    image: "kemeja-batik-parang-pria.svg",
    options: [{ title: "Ukuran", values: ["M", "L", "XL"] }],
    variants: [
      { sku: "KL-TNG-JH-KEMEJA-M", options: { Ukuran: "M" }, priceIdr: 285000, stock: 6 },
      { sku: "KL-TNG-JH-KEMEJA-L", options: { Ukuran: "L" }, priceIdr: 285000, stock: 8 },
      { sku: "KL-TNG-JH-KEMEJA-XL", options: { Ukuran: "XL" }, priceIdr: 300000, stock: 5 },
    ],
    tags: ["kemeja", "batik", "busana pria", "parang", "tangerang"],
  },
  {
    handle: "sarung-bantal-batik-kawung",
    facility: "lapas-perempuan-tangerang",
    craft: "jahitan",
    program: "wub-ikm",
    title: { id: "Sarung Bantal Sofa Batik Kawung", en: "Kawung Batik Cushion Cover" },
    subtitle: { id: "Diversifikasi kain batik untuk rumah", en: "Batik cloth, reimagined for the home" },
    description: {
      id: "Sarung bantal sofa 40 × 40 cm dari batik cap kawung dengan resleting tersembunyi. Hasil pelatihan diversifikasi kain batik bersama Kementerian Perindustrian. Bantal tidak termasuk.",
      en: "A 40 × 40 cm cushion cover in stamped kawung batik with a hidden zip. Made in the batik product design course with the Ministry of Industry. Cushion insert not included.",
    },
    material: "Katun prima batik cap",
    weightGrams: 150,
    image: "sarung-bantal-batik-kawung.svg",
    options: [{ title: "Warna", values: ["Indigo", "Sogan"] }],
    variants: [
      { sku: "KL-TNG-JH-BANTAL-IND", options: { Warna: "Indigo" }, priceIdr: 75000, stock: 24 },
      { sku: "KL-TNG-JH-BANTAL-SOG", options: { Warna: "Sogan" }, priceIdr: 75000, stock: 20 },
    ],
    tags: ["sarung bantal", "batik", "dekorasi rumah", "kawung", "tangerang"],
  },
  {
    handle: "dompet-perca-batik",
    facility: "lapas-perempuan-tangerang",
    craft: "jahitan",
    program: "wub-ikm",
    title: { id: "Dompet Perca Batik", en: "Batik Patchwork Pouch" },
    subtitle: { id: "Potongan kain sisa yang disambung rapi", en: "Offcuts pieced together with care" },
    description: {
      id: "Dompet resleting dari potongan perca batik cap yang disambung, dengan lapisan dalam katun polos. Ukuran 20 × 12 cm, pas untuk ponsel, uang, dan kartu. Setiap dompet memiliki susunan perca yang berbeda.",
      en: "A zipped pouch of pieced stamped-batik offcuts, lined with plain cotton. Size 20 × 12 cm, fits a phone, cash and cards. No two pouches have the same patchwork.",
    },
    material: "Perca katun batik, katun polos",
    weightGrams: 80,
    image: "dompet-perca-batik.svg",
    options: [],
    variants: single("KL-TNG-JH-DOMPET", 45000, 40),
    tags: ["dompet", "perca", "batik", "aksesori", "tangerang"],
  },
  {
    handle: "keranjang-parsel-anyaman",
    facility: "lapas-perempuan-tangerang",
    craft: "anyaman",
    title: { id: "Keranjang Parsel Anyaman", en: "Woven Hamper Basket" },
    subtitle: { id: "Keranjang bergagang untuk hantaran", en: "A handled basket for gift hampers" },
    description: {
      id: "Keranjang oval bergagang dari anyaman tali plastik daur ulang, kokoh untuk parsel hari raya atau hantaran. Ukuran 35 × 25 × 15 cm. Bisa dicuci dengan air sabun.",
      en: "An oval handled basket woven from recycled plastic cord, sturdy enough for festive hampers and gifts. Size 35 × 25 × 15 cm. Washable with soapy water.",
    },
    material: "Tali plastik daur ulang",
    weightGrams: 450,
    image: "keranjang-parsel-anyaman.svg",
    options: [],
    variants: single("KL-TNG-AY-PARSEL", 85000, 18),
    tags: ["anyaman", "keranjang", "parsel", "hantaran", "tangerang"],
  },
  {
    handle: "rempeyek-kacang-tangerang",
    facility: "lapas-perempuan-tangerang",
    craft: "makanan-ringan",
    program: "wub-ikm",
    title: { id: "Rempeyek Kacang", en: "Peanut Rempeyek Crackers" },
    subtitle: { id: "Renyah, tipis, penuh kacang", en: "Thin, crisp and full of peanuts" },
    description: {
      id: "Rempeyek tipis dari tepung beras berbumbu kemiri dan daun jeruk, ditaburi kacang tanah. Hasil pelatihan olahan pangan siap saji. Kemasan toples 200 g agar tidak mudah remuk.",
      en: "Thin rice-flour crackers seasoned with candlenut and lime leaf, studded with peanuts. From the ready-to-eat food training. Packed in a 200 g tub so they do not crumble.",
    },
    material: "Tepung beras, kacang tanah, bumbu",
    weightGrams: 300,
    image: "rempeyek-kacang-tangerang.svg",
    options: [{ title: "Rasa", values: ["Kacang Tanah", "Teri"] }],
    variants: [
      { sku: "KL-TNG-MR-PEYEK-KCG", options: { Rasa: "Kacang Tanah" }, priceIdr: 30000, stock: 70 },
      { sku: "KL-TNG-MR-PEYEK-TRI", options: { Rasa: "Teri" }, priceIdr: 35000, stock: 50 },
    ],
    tags: ["camilan", "rempeyek", "kacang", "tangerang"],
  },
  {
    handle: "kacang-bawang-tangerang",
    facility: "lapas-perempuan-tangerang",
    craft: "makanan-ringan",
    program: "wub-ikm",
    title: { id: "Kacang Bawang", en: "Garlic Peanuts" },
    subtitle: { id: "Camilan klasik untuk tamu", en: "The classic snack for guests" },
    description: {
      id: "Kacang tanah kupas digoreng bersama bawang putih hingga harum dan renyah. Gurih tanpa penyedap tambahan. Kemasan kantong bersegel 250 g.",
      en: "Skinned peanuts fried with garlic until fragrant and crunchy. Savoury with no added flavour enhancer. Sealed 250 g pouch.",
    },
    material: "Kacang tanah, bawang putih, garam",
    weightGrams: 300,
    image: "kacang-bawang-tangerang.svg",
    options: [],
    variants: single("KL-TNG-MR-KACANG", 28000, 90),
    tags: ["camilan", "kacang", "lebaran", "tangerang"],
  },
  {
    handle: "putri-salju-tangerang",
    facility: "lapas-perempuan-tangerang",
    craft: "kue-roti",
    program: "wub-ikm",
    title: { id: "Kue Putri Salju", en: "Putri Salju Snowball Cookies" },
    subtitle: { id: "Bulan sabit bertabur gula halus", en: "Crescents dusted with icing sugar" },
    description: {
      id: "Kue kering berbentuk bulan sabit dari mentega dan kacang mete sangrai, dibalur gula halus sampai putih seperti salju. Lumer di mulut. Dikemas dalam toples bertutup rapat.",
      en: "Crescent cookies of butter and toasted cashews, rolled in icing sugar until white as snow. They melt in the mouth. Packed in a sealed jar.",
    },
    material: "Tepung terigu, mentega, kacang mete, gula halus",
    weightGrams: 450,
    image: "putri-salju-tangerang.svg",
    options: [{ title: "Isi", values: ["250 g", "500 g"] }],
    variants: [
      { sku: "KL-TNG-KR-SALJU-250", options: { Isi: "250 g" }, priceIdr: 70000, stock: 30, weightGrams: 450 },
      { sku: "KL-TNG-KR-SALJU-500", options: { Isi: "500 g" }, priceIdr: 125000, stock: 18, weightGrams: 800 },
    ],
    tags: ["kue kering", "putri salju", "lebaran", "tangerang"],
  },
  {
    handle: "lapis-legit-tangerang",
    facility: "lapas-perempuan-tangerang",
    craft: "kue-roti",
    program: "wub-ikm",
    title: { id: "Lapis Legit", en: "Lapis Legit Spice Layer Cake" },
    subtitle: { id: "Puluhan lapis, dipanggang satu per satu", en: "Dozens of layers, each baked in turn" },
    description: {
      id: "Lapis legit dengan bumbu spekuk, dibuat dari kuning telur dan mentega, setiap lapisnya dipanggang satu per satu. Ukuran 10 × 10 cm dalam kotak kertas. Tahan sekitar satu minggu di suhu ruang.",
      en: "Lapis legit with spekkoek spices, made from egg yolks and butter, with every layer baked one at a time. A 10 × 10 cm cake in a paper box. Keeps for about a week at room temperature.",
    },
    material: "Kuning telur, mentega, tepung terigu, bumbu spekuk",
    weightGrams: 700,
    image: "lapis-legit-tangerang.svg",
    options: [],
    variants: single("KL-TNG-KR-LAPIS", 125000, 12),
    tags: ["kue", "lapis legit", "hantaran", "tangerang"],
  },
]
