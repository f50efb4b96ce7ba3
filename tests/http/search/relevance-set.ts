// What a buyer types and what she must find, on the seeded demo catalogue: run unchanged against Meilisearch,
// PostgreSQL full-text and GET /store/search. `expectTop` must all be among the first `top` hits (default: exactly the
// first hits, in any order); `expectAbsent` must not be among the hits at all; `expectTotal` is the number of matches.
export type RelevanceCase = {
  q: string
  /** other query parameters of GET /store/search */
  filters?: Record<string, string>
  expectTop: string[]
  top?: number
  expectAbsent?: string[]
  expectTotal?: number
  /** what the case is about */
  why: string
}

const JAMBI_BATIK_TULIS = [
  "batik-tulis-angso-duo-sogan",
  "batik-tulis-durian-pecah",
  "batik-tulis-kapal-sanggat-indigo",
  "batik-tulis-bungo-pauh",
  "batik-tulis-sutra-angso-duo",
]
const BATIK_TULIS = [...JAMBI_BATIK_TULIS, "batik-tulis-kembang-pesisir", "batik-tulis-parang-seling"]
const SONGKET = ["songket-lepus-benang-emas-merah", "songket-tretes-mender-ungu", "songket-bungo-cino", "selendang-songket-limar"]
const CAKES = ["nastar-nanas-lapuanja", "kastengel-keju-lapuanja", "roti-manis-srikandi", "bolu-kojo-pandan", "putri-salju-tangerang", "lapis-legit-tangerang"]
const BAGS_AND_WEAVING = ["tas-tali-meiwa-jinjing", "tote-bag-batik-lapuanja", "kotak-tisu-tali-meiwa", "keranjang-eceng-gondok", "keranjang-parsel-anyaman"]
const ANGSO_DUO = ["batik-tulis-angso-duo-sogan", "batik-tulis-sutra-angso-duo", "batik-cap-angso-duo", "kemeja-batik-angso-duo-pria"]
const SHIRTS = ["kemeja-batik-angso-duo-pria", "kemeja-batik-parang-pria"]
const TANGERANG_BATIK = [
  "batik-cap-parang-indigo", "batik-cap-truntum-sogan", "batik-cap-kombinasi-kawung-tulis", "batik-tulis-kembang-pesisir",
  "batik-tulis-parang-seling", "kemeja-batik-parang-pria", "sarung-bantal-batik-kawung", "dompet-perca-batik",
]

export const relevanceSet: RelevanceCase[] = [
  // typos
  { q: "batk tulis jambi", expectTop: JAMBI_BATIK_TULIS, expectTotal: 5, expectAbsent: ["batik-tulis-kembang-pesisir", "batik-tulis-parang-seling", "batik-cap-kawung-jambi"], why: "a typo in a short word, and every word must match" },
  { q: "songkt", expectTop: SONGKET, expectAbsent: ["tas-tali-meiwa-jinjing"], why: "a missing letter" },
  { q: "sogket", expectTop: SONGKET, why: "another missing letter" },
  { q: "tulsi", expectTop: [...BATIK_TULIS, "batik-cap-kombinasi-kawung-tulis"], expectAbsent: ["batik-cap-parang-indigo"], why: "swapped letters" },
  { q: "anyamn", expectTop: ["tas-tali-meiwa-jinjing", "kotak-tisu-tali-meiwa", "keranjang-eceng-gondok", "keranjang-parsel-anyaman"], why: "a typo in a craft" },
  { q: "palembng", expectTop: ["daster-jumputan-palembang"], expectAbsent: ["batik-tulis-angso-duo-sogan"], why: "a typo in a city" },
  { q: "kemja", expectTop: SHIRTS, top: 3, why: "a typo in a garment" },
  // synonyms
  { q: "kain", expectTop: ["masker-kain-batik-jambi"], expectAbsent: ["nastar-nanas-lapuanja"], why: "cloth" },
  { q: "wastra", expectTop: ["masker-kain-batik-jambi"], expectAbsent: ["nastar-nanas-lapuanja"], why: "no product says wastra: found through kain" },
  { q: "kue", expectTop: CAKES, expectAbsent: ["keripik-pisang-palembang"], why: "cakes: the kue-roti craft and titles" },
  { q: "kudapan", expectTop: CAKES, why: "a synonym of kue" },
  { q: "cookies", expectTop: CAKES, why: "English, and a synonym of kue" },
  { q: "tas", expectTop: BAGS_AND_WEAVING, expectAbsent: ["batik-tulis-durian-pecah"], why: "bags, and woven goods through anyaman" },
  { q: "bag", expectTop: BAGS_AND_WEAVING, why: "English for tas" },
  { q: "anyaman", expectTop: BAGS_AND_WEAVING, why: "the weaving craft, and bags" },
  { q: "tenun", expectTop: SONGKET, why: "songket is woven (tenun)" },
  { q: "kemeja", expectTop: [...SHIRTS, "blus-batik-bungo-pauh"], why: "shirts, and a blouse through baju" },
  { q: "baju", expectTop: [...SHIRTS, "blus-batik-bungo-pauh"], why: "clothes: kemeja and blus" },
  // motifs and DJKI numbers
  { q: "angso duo", expectTop: ANGSO_DUO, expectTotal: 4, expectAbsent: ["batik-tulis-durian-pecah", "batik-cap-kawung-jambi"], why: "a registered motif" },
  { q: "000450101", expectTop: ANGSO_DUO, expectTotal: 4, expectAbsent: ["batik-tulis-durian-pecah", "batik-cap-kawung-jambi"], why: "a DJKI registration number: exact, no neighbouring numbers" },
  { q: "000450105", expectTop: ["batik-cap-kawung-jambi"], expectTotal: 1, expectAbsent: ["batik-cap-angso-duo"], why: "another DJKI number" },
  { q: "kapal sanggat", expectTop: ["batik-tulis-kapal-sanggat-indigo"], expectTotal: 1, why: "a motif in a title" },
  { q: "bungo pauh berantai", expectTop: ["batik-tulis-bungo-pauh", "blus-batik-bungo-pauh"], expectTotal: 2, why: "a motif's full title" },
  { q: "kawung", expectTop: ["batik-cap-kawung-jambi", "batik-cap-kombinasi-kawung-tulis", "sarung-bantal-batik-kawung"], expectTotal: 3, why: "a classic motif" },
  { q: "parang", expectTop: ["batik-cap-parang-indigo", "batik-tulis-parang-seling", "kemeja-batik-parang-pria"], expectTotal: 3, expectAbsent: ["daster-jumputan-palembang"], why: "a real word finds no look-alikes (palembang)" },
  { q: "lapuanja", expectTop: [...ANGSO_DUO, "tote-bag-batik-lapuanja", "masker-kain-batik-jambi"], why: "the Jambi batik line" },
  // places
  { q: "palembang", expectTop: ["daster-jumputan-palembang"], expectTotal: 15, expectAbsent: ["batik-tulis-angso-duo-sogan", "lapis-legit-tangerang"], why: "a city: the products of its facility" },
  { q: "muaro jambi", expectTop: ["batik-cap-kawung-jambi"], expectTotal: 13, expectAbsent: ["songket-bungo-cino"], why: "a city of two words" },
  { q: "tangerang", expectTotal: 13, expectTop: [], expectAbsent: ["nastar-nanas-lapuanja", "songket-bungo-cino"], why: "a city" },
  { q: "banten", expectTotal: 13, expectTop: [], expectAbsent: ["nastar-nanas-lapuanja"], why: "a province" },
  { q: "sumatera selatan", expectTotal: 15, expectTop: [], expectAbsent: ["batik-cap-parang-indigo"], why: "a province of two words" },
  // English titles
  { q: "shirt", expectTop: SHIRTS, why: "an English title word" },
  { q: "silk", expectTop: ["batik-tulis-sutra-angso-duo"], expectTotal: 1, why: "sutra in English" },
  { q: "basket", expectTop: ["keranjang-eceng-gondok", "keranjang-parsel-anyaman"], expectTotal: 2, why: "keranjang in English" },
  { q: "water hyacinth", expectTop: ["keranjang-eceng-gondok"], expectTotal: 1, why: "eceng gondok in English" },
  { q: "pineapple", expectTop: ["nastar-nanas-lapuanja"], expectTotal: 1, why: "nanas in English" },
  { q: "blouse", expectTop: ["blus-batik-bungo-pauh"], why: "blus in English" },
  { q: "hand-drawn batik", expectTop: [...BATIK_TULIS, "batik-cap-kombinasi-kawung-tulis"], expectTotal: 8, expectAbsent: ["batik-cap-parang-indigo"], why: "batik tulis in English" },
  // stop words
  { q: "batik yang dari jambi", expectTop: ["batik-cap-kawung-jambi", "masker-kain-batik-jambi"], expectTotal: 11, expectAbsent: ["batik-cap-parang-indigo", "songket-bungo-cino"], why: "yang and dari are ignored" },
  { q: "kue dari palembang", expectTop: ["roti-manis-srikandi", "bolu-kojo-pandan"], expectTotal: 2, expectAbsent: ["nastar-nanas-lapuanja", "putri-salju-tangerang"], why: "dari is ignored; kue and palembang must both match" },
  // titles and crafts
  { q: "keripik", expectTop: ["keripik-tempe-srikandi", "keripik-pisang-palembang"], expectTotal: 2, why: "a snack" },
  { q: "nastar", expectTop: ["nastar-nanas-lapuanja"], expectTotal: 1, why: "a title word" },
  { q: "pisang", expectTop: ["keripik-pisang-palembang", "sale-pisang-gulung"], expectTotal: 2, why: "an ingredient in titles" },
  { q: "durian", expectTop: ["batik-tulis-durian-pecah"], expectTotal: 1, why: "a title word" },
  { q: "meiwa", expectTop: ["tas-tali-meiwa-jinjing", "kotak-tisu-tali-meiwa"], expectTotal: 2, why: "a material" },
  { q: "eceng gondok", expectTop: ["keranjang-eceng-gondok"], expectTotal: 1, why: "two words of a title" },
  { q: "selendang", expectTop: ["batik-tulis-sutra-angso-duo", "selendang-songket-limar"], why: "shawls" },
  { q: "jumputan", expectTop: ["daster-jumputan-palembang"], expectTotal: 1, why: "a technique" },
  { q: "xyzzyq", expectTop: [], expectTotal: 0, why: "nothing matches" },
  // makers who consented to be named
  { q: "Ibu Rini", expectTop: ["batik-tulis-angso-duo-sogan", "batik-tulis-kapal-sanggat-indigo", "batik-tulis-bungo-pauh", "batik-tulis-sutra-angso-duo"], expectAbsent: ["nastar-nanas-lapuanja"], why: "a maker by her chosen name" },
  { q: "Kak Dewi", expectTop: ["songket-tretes-mender-ungu", "selendang-songket-limar"], why: "another maker" },
  { q: "Mbak Yuni", expectTop: [], expectTotal: 0, why: "a maker who did not consent to be named is not searchable" },
  // filters
  { q: "angso duo", filters: { craft: "batik-cap" }, expectTop: ["batik-cap-angso-duo"], expectTotal: 1, expectAbsent: ["batik-tulis-angso-duo-sogan"], why: "a craft filter" },
  { q: "batik", filters: { facility: "lapas-perempuan-tangerang" }, expectTop: TANGERANG_BATIK, expectTotal: 8, expectAbsent: ["batik-cap-angso-duo"], why: "a facility filter" },
  { q: "", filters: { province: "Jambi", craft: "batik-tulis" }, expectTop: JAMBI_BATIK_TULIS, expectTotal: 5, why: "filters without words" },
  { q: "kue", filters: { price_max: "75000" }, expectTop: ["nastar-nanas-lapuanja", "roti-manis-srikandi", "putri-salju-tangerang"], expectTotal: 3, expectAbsent: ["lapis-legit-tangerang", "bolu-kojo-pandan"], why: "a price ceiling (a product matches when its cheapest variant does)" },
  { q: "songket", filters: { price_min: "2000000" }, expectTop: ["songket-lepus-benang-emas-merah", "songket-bungo-cino"], expectTotal: 2, why: "a price floor" },
  { q: "batik", filters: { craft: "batik-tulis,batik-cap", province: "Banten" }, expectTop: ["batik-cap-parang-indigo", "batik-cap-truntum-sogan", "batik-cap-kombinasi-kawung-tulis", "batik-tulis-kembang-pesisir", "batik-tulis-parang-seling"], expectTotal: 5, why: "two crafts as a comma list, and a province" },
]
