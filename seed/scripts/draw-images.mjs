#!/usr/bin/env node
// Draws every demo image for the Karya Lapas seed as plain SVG: one per product,
// one per craft (craft-<handle>.svg) and one cover per facility (facility-<handle>.svg).
// No dependencies, no randomness, no fonts, no text, no bitmaps: running it twice
// writes byte-identical files.   Usage: node seed/scripts/draw-images.mjs
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "images")

// ── palette ────────────────────────────────────────────────────────────────
const C = {
  sogan: "#6B3F1D", soganL: "#8C5A2B", soganXL: "#B07A45", indigo: "#1F3A5F", indigoL: "#3C5F8A",
  cream: "#F6EFE3", creamD: "#EADFCB", gold: "#C9A227", goldL: "#E2C25A", maroon: "#7A1F2B",
  maroonD: "#5A1520", purple: "#4A2545", leaf: "#4F6B3A", leafL: "#7E9A5C", ink: "#2B1B10",
  white: "#FFFDF8", sky: "#E8EEF2", blue: "#2F5D8A", pink: "#C8566B", sand: "#E9DCC3",
}

// ── patterns: each returns the inner drawing of one tile ────────────────────
const P = {
  kawung: (g, a, b) => ({ w: 60, h: 60, body:
    `<rect width="60" height="60" fill="${g}"/><g fill="${a}" stroke="${b}" stroke-width="2">` +
    `<ellipse cx="30" cy="13" rx="10" ry="14"/><ellipse cx="30" cy="47" rx="10" ry="14"/>` +
    `<ellipse cx="13" cy="30" rx="14" ry="10"/><ellipse cx="47" cy="30" rx="14" ry="10"/></g>` +
    `<g fill="${b}"><circle cx="30" cy="30" r="3"/><circle cx="0" cy="0" r="4"/><circle cx="60" cy="0" r="4"/>` +
    `<circle cx="0" cy="60" r="4"/><circle cx="60" cy="60" r="4"/><circle cx="30" cy="13" r="2"/>` +
    `<circle cx="30" cy="47" r="2"/><circle cx="13" cy="30" r="2"/><circle cx="47" cy="30" r="2"/></g>` }),
  parang: (g, a, b) => ({ w: 80, h: 80, rot: 45, body:
    `<rect width="80" height="80" fill="${g}"/><rect y="0" width="80" height="9" fill="${b}"/>` +
    `<rect y="40" width="80" height="9" fill="${b}"/>` +
    `<path d="M0 26q10-14 20 0t20 0t20 0t20 0M0 66q10-14 20 0t20 0t20 0t20 0" fill="none" stroke="${a}" stroke-width="7"/>` +
    `<g fill="${a}"><path d="M10 13l4 4-4 4-4-4zM50 13l4 4-4 4-4-4zM30 53l4 4-4 4-4-4zM70 53l4 4-4 4-4-4z"/></g>` }),
  angso: (g, a, b) => ({ w: 150, h: 110, body:
    `<rect width="150" height="110" fill="${g}"/>` +
    `<g id="gs" fill="${a}" stroke="${b}" stroke-width="2"><path d="M12 78Q20 56 46 64Q55 66 56 58Q53 40 60 32Q70 26 73 36L81 38L72 43Q64 45 65 58Q66 80 46 86Q24 90 12 78Z"/>` +
    `<path d="M22 74Q34 66 48 72" fill="none"/><circle cx="66" cy="35" r="1.8" fill="${b}"/></g>` +
    `<use href="#gs" transform="translate(150 0) scale(-1 1)"/>` +
    `<g fill="${b}"><circle cx="75" cy="70" r="5"/><circle cx="75" cy="58" r="2.5"/><circle cx="75" cy="82" r="2.5"/>` +
    `<circle cx="63" cy="70" r="2.5"/><circle cx="87" cy="70" r="2.5"/><circle cx="0" cy="10" r="3"/><circle cx="150" cy="10" r="3"/>` +
    `<circle cx="75" cy="8" r="3"/><circle cx="0" cy="100" r="3"/><circle cx="150" cy="100" r="3"/></g>` }),
  durian: (g, a, b) => ({ w: 100, h: 100, body:
    `<rect width="100" height="100" fill="${g}"/>` +
    `<circle cx="50" cy="50" r="40" fill="none" stroke="${b}" stroke-width="7" stroke-dasharray="4 4"/>` +
    `<g fill="${a}" stroke="${b}" stroke-width="2"><path d="M50 50Q30 24 50 12Q70 24 50 50Z"/><path d="M50 50Q76 30 88 50Q76 70 50 50Z"/>` +
    `<path d="M50 50Q70 76 50 88Q30 76 50 50Z"/><path d="M50 50Q24 70 12 50Q24 30 50 50Z"/></g>` +
    `<g fill="${b}"><ellipse cx="50" cy="30" rx="3" ry="6"/><ellipse cx="70" cy="50" rx="6" ry="3"/>` +
    `<ellipse cx="50" cy="70" rx="3" ry="6"/><ellipse cx="30" cy="50" rx="6" ry="3"/>` +
    `<circle cx="0" cy="0" r="5"/><circle cx="100" cy="0" r="5"/><circle cx="0" cy="100" r="5"/><circle cx="100" cy="100" r="5"/></g>` }),
  kapal: (g, a, b) => ({ w: 140, h: 110, body:
    `<rect width="140" height="110" fill="${g}"/>` +
    `<path d="M18 66L122 66L106 86L34 86Z" fill="${b}"/><path d="M68 14L68 62L32 62Z" fill="${a}"/>` +
    `<path d="M73 20L73 62L108 62Z" fill="${a}" opacity=".75"/><rect x="68" y="10" width="4" height="56" fill="${b}"/>` +
    `<path d="M0 100q17-10 35 0t35 0t35 0t35 0" fill="none" stroke="${a}" stroke-width="4"/>` }),
  bungo: (g, a, b) => ({ w: 110, h: 110, body:
    `<rect width="110" height="110" fill="${g}"/>` +
    `<path d="M0 90C30 60 40 100 70 70S100 30 110 20" fill="none" stroke="${b}" stroke-width="3"/>` +
    `<g fill="${b}"><path d="M40 78q-4-22 18-26q4 22-18 26z"/><path d="M88 38q-24-2-26 20q24 2 26-20z"/></g>` +
    `<g fill="${a}" stroke="${b}" stroke-width="1.5"><circle cx="30" cy="30" r="9"/><circle cx="46" cy="30" r="9"/>` +
    `<circle cx="38" cy="16" r="9"/><circle cx="38" cy="44" r="9"/><circle cx="24" cy="20" r="7"/><circle cx="52" cy="40" r="7"/></g>` +
    `<circle cx="38" cy="30" r="6" fill="${b}"/><g fill="${a}"><circle cx="90" cy="85" r="4"/><circle cx="10" cy="55" r="3"/></g>` }),
  truntum: (g, a) => {
    const star = (x, y, s) => {
      let d = ""
      for (let i = 0; i < 8; i++) {
        const t = (i * Math.PI) / 4
        d += `<circle cx="${(x + Math.cos(t) * 7 * s).toFixed(1)}" cy="${(y + Math.sin(t) * 7 * s).toFixed(1)}" r="${(2.2 * s).toFixed(1)}"/>`
      }
      return d + `<circle cx="${x}" cy="${y}" r="${(3 * s).toFixed(1)}"/>`
    }
    return { w: 50, h: 50, body: `<rect width="50" height="50" fill="${g}"/><g fill="${a}">${star(0, 0, 1)}${star(50, 0, 1)}${star(0, 50, 1)}${star(50, 50, 1)}${star(25, 25, 0.8)}</g>` }
  },
  pesisir: (g, a, b) => ({ w: 200, h: 200, body:
    `<rect width="200" height="200" fill="${g}"/>` +
    `<path d="M20 180C60 120 40 90 100 80S170 30 190 10" fill="none" stroke="${C.leaf}" stroke-width="3"/>` +
    `<g fill="${C.leafL}"><path d="M60 130q-2-26 24-30q2 26-24 30z"/><path d="M150 50q-28 0-30 24q28 0 30-24z"/><path d="M40 160q22-14 34 6q-22 14-34-6z"/></g>` +
    `<g fill="${a}"><circle cx="100" cy="66" r="12"/><circle cx="116" cy="78" r="12"/><circle cx="112" cy="96" r="12"/><circle cx="92" cy="98" r="12"/><circle cx="86" cy="80" r="12"/></g>` +
    `<circle cx="101" cy="84" r="8" fill="${C.gold}"/><g fill="${a}" opacity=".8"><circle cx="30" cy="40" r="7"/><circle cx="170" cy="150" r="9"/></g>` +
    `<path d="M150 120q10-12 24-6l10-6-4 10q-4 14-22 10l-12 8z" fill="${b}"/>` }),
  songket: (g, a) => ({ w: 60, h: 60, body:
    `<rect width="60" height="60" fill="${g}"/>` +
    `<path d="M30 6L54 30L30 54L6 30Z" fill="none" stroke="${a}" stroke-width="4"/>` +
    `<path d="M30 20L40 30L30 40L20 30Z" fill="${a}"/><g fill="${a}"><circle cx="0" cy="0" r="5"/><circle cx="60" cy="0" r="5"/>` +
    `<circle cx="0" cy="60" r="5"/><circle cx="60" cy="60" r="5"/><circle cx="30" cy="30" r="2" fill="${g}"/></g>` }),
  bungocino: (g, a) => ({ w: 70, h: 70, body:
    `<rect width="70" height="70" fill="${g}"/><g fill="${a}">` +
    `<ellipse cx="18" cy="10" rx="4" ry="7"/><ellipse cx="18" cy="26" rx="4" ry="7"/><ellipse cx="10" cy="18" rx="7" ry="4"/><ellipse cx="26" cy="18" rx="7" ry="4"/>` +
    `<ellipse cx="53" cy="47" rx="3" ry="6"/><ellipse cx="53" cy="59" rx="3" ry="6"/><ellipse cx="47" cy="53" rx="6" ry="3"/><ellipse cx="59" cy="53" rx="6" ry="3"/></g>` +
    `<circle cx="18" cy="18" r="3" fill="${g}"/><circle cx="53" cy="53" r="2.5" fill="${g}"/>` }),
  limar: (g, a, b) => ({ w: 80, h: 80, body:
    `<rect width="80" height="80" fill="${g}"/><path d="M40 4L76 40L40 76L4 40Z" fill="${b}" opacity=".45"/>` +
    `<path d="M40 18L62 40L40 62L18 40Z" fill="${b}" opacity=".6"/><path d="M40 30L50 40L40 50L30 40Z" fill="${a}"/>` +
    `<g fill="${a}"><circle cx="0" cy="0" r="4"/><circle cx="80" cy="0" r="4"/><circle cx="0" cy="80" r="4"/><circle cx="80" cy="80" r="4"/></g>` }),
  jumputan: (g, a) => ({ w: 90, h: 90, body:
    `<rect width="90" height="90" fill="${g}"/><g fill="none" stroke="${a}" stroke-width="5" stroke-dasharray="5 3">` +
    `<circle cx="22" cy="22" r="16"/><circle cx="67" cy="67" r="16"/></g><g fill="${a}" opacity=".8">` +
    `<circle cx="22" cy="22" r="5"/><circle cx="67" cy="67" r="5"/></g>` }),
  weave: (g, a, b) => ({ w: 40, h: 40, body:
    `<rect width="40" height="40" fill="${b}"/><g fill="${g}" stroke="${b}" stroke-width="1.5">` +
    `<rect x="1" y="1" width="18" height="8" rx="3"/><rect x="1" y="11" width="18" height="8" rx="3"/>` +
    `<rect x="21" y="21" width="18" height="8" rx="3"/><rect x="21" y="31" width="18" height="8" rx="3"/></g>` +
    `<g fill="${a}" stroke="${b}" stroke-width="1.5"><rect x="21" y="1" width="8" height="18" rx="3"/><rect x="31" y="1" width="8" height="18" rx="3"/>` +
    `<rect x="1" y="21" width="8" height="18" rx="3"/><rect x="11" y="21" width="8" height="18" rx="3"/></g>` }),
  twist: (g, a, b) => ({ w: 24, h: 24, body:
    `<rect width="24" height="24" fill="${b}"/><g fill="${g}"><path d="M0 2q6 4 12 0t12 0v8q-6 4-12 0t-12 0z"/></g>` +
    `<g fill="${a}"><path d="M0 14q6 4 12 0t12 0v8q-6 4-12 0t-12 0z"/></g>` }),
  stripes: (g, a) => ({ w: 40, h: 22, body: `<rect width="40" height="22" fill="${g}"/><rect y="11" width="40" height="11" fill="${a}"/>` }),
  plain: (g) => ({ w: 20, h: 20, body: `<rect width="20" height="20" fill="${g}"/>` }),
}

function pat(id, name, g, a, b = C.ink) {
  const f = P[name]
  if (!f) throw new Error(`unknown pattern ${name}`)
  const t = f(g, a, b)
  const tr = t.rot ? ` patternTransform="rotate(${t.rot})"` : ""
  return `<pattern id="${id}" width="${t.w}" height="${t.h}" patternUnits="userSpaceOnUse"${tr}>${t.body.replace(/id="gs"/g, `id="${id}g"`).replace(/#gs"/g, `#${id}g"`)}</pattern>`
}

// ── shared pieces ──────────────────────────────────────────────────────────
const COMMON_DEFS =
  `<linearGradient id="folds" x1="0" x2="110" y1="0" y2="0" gradientUnits="userSpaceOnUse" spreadMethod="reflect">` +
  `<stop offset="0" stop-color="#000" stop-opacity=".22"/><stop offset=".55" stop-color="#fff" stop-opacity=".12"/><stop offset="1" stop-color="#000" stop-opacity=".05"/></linearGradient>` +
  `<linearGradient id="vshade" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".18"/><stop offset="1" stop-color="#000" stop-opacity=".28"/></linearGradient>` +
  `<linearGradient id="hshade" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#000" stop-opacity=".18"/><stop offset=".4" stop-color="#fff" stop-opacity=".14"/><stop offset="1" stop-color="#000" stop-opacity=".25"/></linearGradient>` +
  `<radialGradient id="puff" cx=".5" cy=".45" r=".6"><stop offset=".5" stop-color="#fff" stop-opacity=".12"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></radialGradient>`

function scene(bg, content, defs = "") {
  const [b1, b2] = bg
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">` +
    `<defs>${COMMON_DEFS}<radialGradient id="bg" cx=".5" cy=".38" r=".75"><stop offset="0" stop-color="${C.white}"/><stop offset="1" stop-color="${b1}"/></radialGradient>${defs}</defs>` +
    `<rect width="800" height="800" fill="url(#bg)"/><rect y="600" width="800" height="200" fill="${b2}" opacity=".55"/>` +
    `<ellipse cx="400" cy="672" rx="300" ry="34" fill="#000" opacity=".13"/>${content}</svg>`
  )
}

const BGS = {
  warm: [C.creamD, C.sand], cool: ["#DCE4EA", "#C9D3DC"], rose: ["#EFDCD6", "#E2C6BE"],
  sage: ["#DFE5D3", "#CBD5BC"], gold: ["#F0E2C0", "#E3CFA0"],
}

// ── product drawings ───────────────────────────────────────────────────────
const K = {
  // A cloth hung over a wooden rod, showing its motif, with fold shading.
  drape(s) {
    const w = s.bands ? `<rect x="180" y="470" width="440" height="120" fill="url(#m)"/><rect x="180" y="190" width="440" height="46" fill="url(#m)"/>` +
      `<rect x="180" y="160" width="34" height="480" fill="url(#m)"/><rect x="586" y="160" width="34" height="480" fill="url(#m)"/>` : ""
    const hem = "M180 160L620 160L620 640Q565 666 510 640Q455 666 400 640Q345 666 290 640Q235 666 180 640Z"
    return `<path d="${hem}" fill="${s.bands ? s.ground : "url(#m)"}"/>${w}` +
      (s.border ? `<rect x="180" y="560" width="440" height="40" fill="url(#m2)"/>` : "") +
      `<path d="${hem}" fill="url(#folds)"/><path d="${hem}" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="2"/>` +
      `<rect x="130" y="138" width="540" height="26" rx="13" fill="${C.soganL}"/><rect x="130" y="138" width="540" height="9" rx="4.5" fill="#fff" opacity=".25"/>` +
      `<circle cx="130" cy="151" r="19" fill="${C.sogan}"/><circle cx="670" cy="151" r="19" fill="${C.sogan}"/>`
  },
  // Two folded cloths stacked.
  stack(s) {
    const fold = (x, y, w, h, f) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="16" fill="${f}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="16" fill="url(#vshade)"/>` +
      `<path d="M${x + 8} ${y + h * 0.55}H${x + w - 8}" stroke="#000" stroke-opacity=".22" stroke-width="3"/>` +
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="16" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="2"/>`
    return fold(160, 470, 480, 180, "url(#m2)") + fold(190, 300, 420, 190, "url(#m)") +
      (s.tool === "cap" ? capTool(560, 190) : "")
  },
  // A shawl laid in an S-curve, fringed at both ends.
  shawl() {
    const d = "M110 250C300 170 420 430 690 320L710 460C440 560 300 300 130 380Z"
    let fr = ""
    for (let i = 0; i <= 10; i++) {
      const t = i / 10
      const x1 = 110 + (130 - 110) * t, y1 = 250 + (380 - 250) * t
      const x2 = 690 + (710 - 690) * t, y2 = 320 + (460 - 320) * t
      fr += `M${x1.toFixed(0)} ${y1.toFixed(0)}l-30 6M${x2.toFixed(0)} ${y2.toFixed(0)}l30 -4`
    }
    return `<g transform="translate(0 150)"><path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#folds)"/>` +
      `<path d="${d}" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="2"/><path d="${fr}" stroke="${C.goldL}" stroke-width="3"/></g>`
  },
  shirt(s) {
    const long = s.long
    const body = long
      ? "M300 170L360 150Q400 185 440 150L500 170L590 220L680 560L625 585L540 330L530 640L270 640L260 330L175 585L120 560L210 220Z"
      : "M300 170L360 150Q400 185 440 150L500 170L612 232L575 332L530 312L530 640L270 640L270 312L225 332L188 232Z"
    let btn = ""
    for (let y = 240; y <= 600; y += 72) btn += `<circle cx="408" cy="${y}" r="6" fill="${C.cream}" stroke="#000" stroke-opacity=".3"/>`
    return `<path d="${body}" fill="url(#m)"/><path d="${body}" fill="url(#hshade)"/><path d="${body}" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<path d="M400 196V640" stroke="#000" stroke-opacity=".28" stroke-width="3"/>${btn}` +
      `<rect x="300" y="260" width="70" height="78" rx="6" fill="url(#m)" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<path d="M360 150L400 200L372 218L345 160ZM440 150L400 200L428 218L455 160Z" fill="${s.collar}" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      (long ? `<path d="M680 560L625 585L617 566L672 541ZM120 560L175 585L183 566L128 541Z" fill="${s.collar}"/>` : "")
  },
  blouse(s) {
    const d = "M305 160Q400 226 495 160L600 208L665 420L605 442L545 300L560 620Q400 652 240 620L255 300L195 442L135 420L200 208Z"
    return `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#hshade)"/><path d="${d}" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<path d="M305 160Q400 226 495 160" fill="none" stroke="${s.collar}" stroke-width="12"/>` +
      `<path d="M400 194V330" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<g fill="${s.collar}"><circle cx="400" cy="230" r="6"/><circle cx="400" cy="270" r="6"/><circle cx="400" cy="310" r="6"/></g>` +
      `<path d="M665 420L605 442L600 428L660 406ZM135 420L195 442L200 428L140 406Z" fill="${s.collar}"/>`
  },
  dress(s) {
    const d = "M320 140Q400 194 480 140L560 168L625 300L565 324L530 250L610 680Q400 712 190 680L270 250L235 324L175 300L240 168Z"
    return `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#hshade)"/><path d="${d}" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<path d="M320 140Q400 194 480 140" fill="none" stroke="${s.collar}" stroke-width="10"/><path d="M400 176V330" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<g fill="${s.collar}"><circle cx="400" cy="210" r="6"/><circle cx="400" cy="250" r="6"/><circle cx="400" cy="290" r="6"/></g>` +
      `<path d="M210 640Q400 672 590 640" fill="none" stroke="${s.collar}" stroke-width="6" stroke-dasharray="10 8"/>`
  },
  mukena(s) {
    const d = "M400 110C250 110 180 230 172 380L122 640Q400 692 678 640L628 380C620 230 550 110 400 110Z"
    let em = ""
    for (let i = 0; i < 12; i++) {
      const t = (i / 11) * Math.PI * 1.5 + Math.PI * 0.75
      const x = 400 + Math.cos(t) * 102, y = 262 + Math.sin(t) * 124
      em += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="7"/>`
    }
    for (let x = 160; x <= 640; x += 40) em += `<circle cx="${x}" cy="${630 + Math.round(Math.abs(x - 400) ** 2 / 9000)}" r="8"/>`
    return `<path d="${d}" fill="${s.ground}"/><path d="${d}" fill="url(#hshade)"/><path d="${d}" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="2"/>` +
      `<ellipse cx="400" cy="262" rx="84" ry="104" fill="#000" opacity=".12"/><ellipse cx="400" cy="262" rx="84" ry="104" fill="none" stroke="${s.accent}" stroke-width="3"/>` +
      `<g fill="${s.accent}" opacity=".85">${em}</g><path d="M250 420Q400 470 550 420" fill="none" stroke="#000" stroke-opacity=".12" stroke-width="6"/>`
  },
  masks() {
    const m = (x, y, r, f) =>
      `<g transform="translate(${x} ${y}) rotate(${r})"><ellipse cx="-120" cy="0" rx="26" ry="52" fill="none" stroke="#8A8078" stroke-width="6"/>` +
      `<ellipse cx="120" cy="0" rx="26" ry="52" fill="none" stroke="#8A8078" stroke-width="6"/>` +
      `<rect x="-115" y="-70" width="230" height="140" rx="40" fill="${f}"/><rect x="-115" y="-70" width="230" height="140" rx="40" fill="url(#vshade)"/>` +
      `<path d="M-112 -22H112M-112 18H112" stroke="#000" stroke-opacity=".25" stroke-width="3"/><rect x="-115" y="-70" width="230" height="140" rx="40" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="2"/></g>`
    return m(275, 590, -8, "url(#m2)") + m(525, 585, 7, "url(#m3)") + m(400, 450, -3, "url(#m)")
  },
  tote() {
    return `<path d="M300 310C300 120 500 120 500 310" fill="none" stroke="${C.sogan}" stroke-width="22"/>` +
      `<rect x="210" y="300" width="380" height="370" rx="10" fill="${C.cream}"/><rect x="210" y="300" width="380" height="370" rx="10" fill="url(#hshade)" opacity=".6"/>` +
      `<rect x="250" y="380" width="300" height="220" rx="6" fill="url(#m)"/>` +
      `<rect x="250" y="380" width="300" height="220" rx="6" fill="none" stroke="${C.cream}" stroke-width="3" stroke-dasharray="8 6"/>` +
      `<path d="M210 330H590" stroke="${C.soganL}" stroke-width="3" stroke-dasharray="10 6"/><rect x="210" y="300" width="380" height="370" rx="10" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="2"/>` +
      `<rect x="280" y="296" width="40" height="34" fill="${C.sogan}"/><rect x="480" y="296" width="40" height="34" fill="${C.sogan}"/>`
  },
  pouch() {
    return `<clipPath id="pc"><rect x="170" y="320" width="460" height="290" rx="36"/></clipPath><g clip-path="url(#pc)">` +
      `<rect x="170" y="320" width="230" height="150" fill="url(#m)"/><rect x="400" y="320" width="230" height="150" fill="url(#m2)"/>` +
      `<rect x="170" y="470" width="230" height="140" fill="url(#m3)"/><rect x="400" y="470" width="230" height="140" fill="url(#m4)"/>` +
      `<path d="M400 320V610M170 470H630" stroke="${C.cream}" stroke-width="4" stroke-dasharray="6 5"/><rect x="170" y="320" width="460" height="290" fill="url(#puff)"/></g>` +
      `<rect x="170" y="320" width="460" height="26" fill="${C.ink}" opacity=".85"/><path d="M180 333H620" stroke="${C.goldL}" stroke-width="6" stroke-dasharray="3 3"/>` +
      `<rect x="560" y="322" width="22" height="44" rx="6" fill="${C.goldL}" stroke="${C.sogan}" stroke-width="2"/>`
  },
  cushion() {
    const d = "M190 200Q400 236 610 200Q576 410 610 620Q400 584 190 620Q224 410 190 200Z"
    return `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#puff)"/><path d="${d}" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="3"/>` +
      `<path d="M250 258Q400 282 550 258Q526 410 550 562Q400 540 250 562Q274 410 250 258Z" fill="none" stroke="${C.cream}" stroke-opacity=".5" stroke-width="3" stroke-dasharray="9 7"/>`
  },
  handbag(s) {
    const d = "M220 360L580 360L625 645Q400 670 175 645Z"
    return `<path d="M290 370C290 170 510 170 510 370" fill="none" stroke="${s.dark}" stroke-width="26"/>` +
      `<path d="M290 370C290 170 510 170 510 370" fill="none" stroke="${s.ground}" stroke-width="14" stroke-dasharray="10 6"/>` +
      `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#hshade)"/><rect x="212" y="346" width="376" height="30" rx="8" fill="${s.dark}"/>` +
      `<rect x="212" y="346" width="376" height="30" rx="8" fill="url(#m2)" opacity=".7"/><path d="${d}" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="2"/>` +
      `<circle cx="400" cy="420" r="14" fill="${C.goldL}" stroke="${s.dark}" stroke-width="3"/>`
  },
  tissuebox() {
    return `<path d="M200 380H560V610H200Z" fill="url(#m)"/><path d="M200 380H560V610H200Z" fill="#000" opacity=".08"/>` +
      `<path d="M200 380L270 320H630L560 380Z" fill="url(#m)"/><path d="M200 380L270 320H630L560 380Z" fill="#fff" opacity=".16"/>` +
      `<path d="M560 380L630 320V550L560 610Z" fill="url(#m)"/><path d="M560 380L630 320V550L560 610Z" fill="#000" opacity=".28"/>` +
      `<path d="M200 380H560V610H200ZM560 380L630 320V550L560 610M200 380L270 320H630" fill="none" stroke="#000" stroke-opacity=".35" stroke-width="3"/>` +
      `<ellipse cx="415" cy="350" rx="110" ry="16" fill="${C.ink}" opacity=".7"/>` +
      `<path d="M340 352C330 280 380 230 420 200C420 250 470 260 500 240C480 290 500 330 490 352Z" fill="${C.white}" stroke="#000" stroke-opacity=".15" stroke-width="2"/>` +
      `<path d="M420 200C410 260 430 300 440 350" fill="none" stroke="#000" stroke-opacity=".1" stroke-width="3"/>`
  },
  basket(s) {
    const d = "M195 330L605 330L565 640Q400 672 235 640Z"
    return `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#hshade)"/>` +
      `<ellipse cx="400" cy="330" rx="205" ry="42" fill="${s.dark}"/><ellipse cx="400" cy="334" rx="180" ry="30" fill="#000" opacity=".35"/>` +
      `<ellipse cx="400" cy="330" rx="205" ry="42" fill="none" stroke="url(#m2)" stroke-width="16"/>` +
      `<path d="M240 632Q400 664 560 632" fill="none" stroke="${s.dark}" stroke-width="10"/>` +
      `<path d="M170 390q-40 10-20 50M630 390q40 10 20 50" fill="none" stroke="${s.dark}" stroke-width="14" stroke-linecap="round"/>`
  },
  hamper(s) {
    const d = "M170 430Q400 476 630 430L590 630Q400 676 210 630Z"
    return `<path d="M190 430C190 140 610 140 610 430" fill="none" stroke="${s.dark}" stroke-width="30"/>` +
      `<path d="M190 430C190 140 610 140 610 430" fill="none" stroke="${s.ground}" stroke-width="16" stroke-dasharray="12 6"/>` +
      `<ellipse cx="400" cy="430" rx="230" ry="50" fill="${s.dark}"/><ellipse cx="400" cy="434" rx="205" ry="36" fill="#000" opacity=".3"/>` +
      `<path d="${d}" fill="url(#m)"/><path d="${d}" fill="url(#hshade)"/>` +
      `<path d="M172 432Q400 478 628 432" fill="none" stroke="url(#m2)" stroke-width="16"/>` +
      `<path d="M380 420q-30-40 20-40q50 0 20 40" fill="${C.maroon}"/><path d="M400 400l-30 40M400 400l30 40" stroke="${C.maroon}" stroke-width="8"/>`
  },
  chips(s) {
    let crimp = "", crimpB = ""
    for (let x = 240; x < 560; x += 16) { crimp += `L${x + 8} 152L${x + 16} 170`; crimpB += `L${x + 8} 668L${x + 16} 650` }
    const d = `M240 170${crimp}L575 650L225 650Z`
    return `<path d="M225 650${crimpB}L575 650Z" fill="${s.color}"/>` +
      `<path d="${d}" fill="${s.color}"/><path d="${d}" fill="url(#hshade)"/><rect x="236" y="196" width="328" height="36" fill="url(#m)"/>` +
      `<path d="M290 300Q400 260 510 300V520Q400 560 290 520Z" fill="${C.cream}"/><circle cx="400" cy="400" r="72" fill="${s.window}"/>` +
      `<g>${s.item(370, 375, 0.8)}${s.item(430, 385, 0.8)}${s.item(385, 425, 0.8)}${s.item(425, 430, 0.75)}</g><rect x="320" y="540" width="160" height="14" rx="7" fill="${C.cream}" opacity=".85"/>` +
      `<rect x="350" y="566" width="100" height="10" rx="5" fill="${C.cream}" opacity=".6"/>` +
      `<g>${s.item(180, 650, 1)}${s.item(620, 660, 1.1)}${s.item(650, 600, 0.8)}${s.item(150, 600, 0.85)}</g>`
  },
  jar(s) {
    let inside = ""
    for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) inside += s.item(292 + c * 72 + (r % 2) * 30, 360 + r * 62, 1)
    return `<clipPath id="jc"><rect x="250" y="300" width="300" height="350" rx="44"/></clipPath>` +
      `<rect x="250" y="300" width="300" height="350" rx="44" fill="${s.glass || C.white}" opacity=".75"/><g clip-path="url(#jc)">${inside}</g>` +
      `<rect x="250" y="300" width="300" height="350" rx="44" fill="#fff" opacity=".18"/><rect x="272" y="320" width="26" height="300" rx="13" fill="#fff" opacity=".45"/>` +
      `<rect x="250" y="300" width="300" height="350" rx="44" fill="none" stroke="#000" stroke-opacity=".18" stroke-width="3"/>` +
      `<rect x="268" y="236" width="264" height="70" rx="14" fill="${s.lid}"/><rect x="268" y="236" width="264" height="70" rx="14" fill="url(#vshade)"/>` +
      `<rect x="250" y="470" width="300" height="90" fill="url(#m)"/><path d="M250 470H550M250 560H550" stroke="${C.gold}" stroke-width="4"/>` +
      `<ellipse cx="400" cy="515" rx="70" ry="30" fill="${C.cream}"/>` +
      `${s.item(190, 655, 1.2)}${s.item(615, 660, 1.2)}${s.item(660, 620, 1)}`
  },
  tray(s) {
    let b = ""
    for (let r = 0; r < 2; r++) for (let c = 0; c < 3; c++) {
      const x = 280 + c * 120 + r * 0, y = 400 + r * 110
      b += `<ellipse cx="${x}" cy="${y}" rx="62" ry="50" fill="${C.soganXL}"/><ellipse cx="${x}" cy="${y - 8}" rx="54" ry="40" fill="url(#bun)"/>` + s.top(x, y - 12)
    }
    return `<rect x="150" y="320" width="500" height="290" rx="24" fill="${C.ink}" opacity=".85"/><rect x="165" y="332" width="470" height="266" rx="18" fill="#3a2a1f"/>${b}`
  },
  bolu() {
    let sc = ""
    for (let i = 0; i <= 16; i++) {
      const x = 200 + i * 25
      const y = 400 + 62 * Math.sqrt(Math.max(0, 1 - ((x - 400) / 200) ** 2))
      sc += `<circle cx="${x}" cy="${y.toFixed(0)}" r="10"/>`
    }
    return `<ellipse cx="400" cy="560" rx="270" ry="70" fill="${C.white}"/><ellipse cx="400" cy="560" rx="270" ry="70" fill="none" stroke="#000" stroke-opacity=".12" stroke-width="3"/>` +
      `<path d="M200 400V520Q400 600 600 520V400Z" fill="#7A4E22"/><path d="M200 400V520Q400 600 600 520V400Z" fill="url(#hshade)"/>` +
      `<g fill="#8C5A2B">${sc}</g><ellipse cx="400" cy="400" rx="200" ry="62" fill="#9A6A2E"/><ellipse cx="400" cy="400" rx="200" ry="62" fill="url(#puff)"/>` +
      `<ellipse cx="400" cy="400" rx="120" ry="36" fill="none" stroke="#6B3F1D" stroke-opacity=".5" stroke-width="6" stroke-dasharray="14 10"/>` +
      `<path d="M470 585L610 565V612L470 632Z" fill="${C.leafL}"/><path d="M470 585L610 565L560 545Z" fill="#8C5A2B"/>` +
      `<path d="M470 585L610 565V612L470 632Z" fill="none" stroke="#6B3F1D" stroke-width="3"/><g fill="#6A8A4A"><circle cx="510" cy="600" r="3"/><circle cx="560" cy="598" r="3"/><circle cx="585" cy="585" r="2.5"/></g>`
  },
  lapis() {
    return `<ellipse cx="400" cy="600" rx="280" ry="60" fill="${C.white}"/>` +
      `<path d="M200 410H520V590H200Z" fill="url(#m)"/><path d="M200 410L300 350H620L520 410Z" fill="#5A3314"/>` +
      `<path d="M520 410L620 350V530L520 590Z" fill="url(#m)"/><path d="M520 410L620 350V530L520 590Z" fill="#000" opacity=".35"/>` +
      `<path d="M200 410H520V590H200ZM520 410L620 350V530L520 590" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="2"/>` +
      `<path d="M590 610H680V520L590 580Z" fill="url(#m)"/><path d="M590 580L680 520" stroke="#5A3314" stroke-width="6"/>`
  },
}

// cookie/snack items ---------------------------------------------------------
const ITEM = {
  nastar: (x, y, k) => `<circle cx="${x}" cy="${y}" r="${22 * k}" fill="#D9A441"/><circle cx="${x - 6 * k}" cy="${y - 7 * k}" r="${10 * k}" fill="#F0C96A"/><circle cx="${x + 2 * k}" cy="${y - 20 * k}" r="${3.5 * k}" fill="${C.sogan}"/>`,
  kastengel: (x, y, k) => `<rect x="${x - 30 * k}" y="${y - 9 * k}" width="${60 * k}" height="${18 * k}" rx="${6 * k}" fill="#E0A93E"/><g fill="#F5DC8A"><circle cx="${x - 15 * k}" cy="${y - 2 * k}" r="${3 * k}"/><circle cx="${x + 4 * k}" cy="${y + 3 * k}" r="${3 * k}"/><circle cx="${x + 18 * k}" cy="${y - 3 * k}" r="${3 * k}"/></g>`,
  salju: (x, y, k) => `<path d="M${x - 26 * k} ${y}A${26 * k} ${26 * k} 0 0 0 ${x + 26 * k} ${y}A${20 * k} ${14 * k} 0 0 1 ${x - 26 * k} ${y}Z" fill="#FBF8F2" stroke="#d8cdbb" stroke-width="${1.5 * k}"/>`,
  peyek: (x, y, k) => `<path d="M${x - 30 * k} ${y}q${4 * k} ${-22 * k} ${30 * k} ${-22 * k}q${28 * k} ${2 * k} ${30 * k} ${20 * k}q${-2 * k} ${22 * k} ${-30 * k} ${24 * k}q${-30 * k} ${-2 * k} ${-30 * k} ${-22 * k}z" fill="#E7C178"/><g fill="#9C5B2A"><ellipse cx="${x - 10 * k}" cy="${y - 5 * k}" rx="${6 * k}" ry="${4 * k}"/><ellipse cx="${x + 10 * k}" cy="${y + 6 * k}" rx="${6 * k}" ry="${4 * k}"/><ellipse cx="${x + 12 * k}" cy="${y - 10 * k}" rx="${5 * k}" ry="${3.5 * k}"/></g>`,
  tempe: (x, y, k) => `<rect x="${x - 26 * k}" y="${y - 16 * k}" width="${52 * k}" height="${32 * k}" rx="${5 * k}" fill="#D8A44C" transform="rotate(-12 ${x} ${y})"/><g fill="#F2D9A0"><circle cx="${x - 10 * k}" cy="${y - 4 * k}" r="${4 * k}"/><circle cx="${x + 6 * k}" cy="${y + 4 * k}" r="${4 * k}"/><circle cx="${x + 12 * k}" cy="${y - 8 * k}" r="${3 * k}"/></g>`,
  pisang: (x, y, k) => `<ellipse cx="${x}" cy="${y}" rx="${34 * k}" ry="${14 * k}" fill="#EBC45A" transform="rotate(-18 ${x} ${y})"/><ellipse cx="${x}" cy="${y}" rx="${22 * k}" ry="${6 * k}" fill="#F6DE8E" transform="rotate(-18 ${x} ${y})"/>`,
  sale: (x, y, k) => `<rect x="${x - 34 * k}" y="${y - 12 * k}" width="${68 * k}" height="${24 * k}" rx="${12 * k}" fill="#A8652A" transform="rotate(15 ${x} ${y})"/><path d="M${x - 20 * k} ${y - 8 * k}l${10 * k} ${16 * k}M${x} ${y - 8 * k}l${10 * k} ${16 * k}" stroke="#7A4418" stroke-width="${2 * k}" transform="rotate(15 ${x} ${y})"/>`,
  kemplang: (x, y, k) => `<circle cx="${x}" cy="${y}" r="${30 * k}" fill="#F3E6C8" stroke="#D9C49A" stroke-width="${2 * k}"/><g fill="#8C5A2B" opacity=".6"><circle cx="${x - 10 * k}" cy="${y - 8 * k}" r="${5 * k}"/><circle cx="${x + 12 * k}" cy="${y + 4 * k}" r="${6 * k}"/><circle cx="${x - 4 * k}" cy="${y + 14 * k}" r="${3 * k}"/></g>`,
  kacang: (x, y, k) => `<g fill="#C98B4A" stroke="#9C5B2A" stroke-width="${1.5 * k}"><ellipse cx="${x - 12 * k}" cy="${y}" rx="${10 * k}" ry="${7 * k}"/><ellipse cx="${x + 10 * k}" cy="${y - 6 * k}" rx="${10 * k}" ry="${7 * k}"/><ellipse cx="${x + 6 * k}" cy="${y + 10 * k}" rx="${10 * k}" ry="${7 * k}"/></g>`,
}

// accessory tools for craft covers --------------------------------------------
function capTool(x, y) {
  return `<g transform="translate(${x} ${y}) rotate(-12)"><rect x="-70" y="60" width="140" height="26" rx="4" fill="#B87333"/>` +
    `<path d="M-60 86h120" stroke="#7d4a1f" stroke-width="6" stroke-dasharray="6 6"/><rect x="-8" y="0" width="16" height="60" fill="#7d4a1f"/><rect x="-40" y="-10" width="80" height="18" rx="9" fill="${C.sogan}"/></g>`
}
function canting(x, y) {
  return `<g transform="translate(${x} ${y}) rotate(30)"><rect x="-8" y="-150" width="16" height="150" rx="8" fill="${C.soganXL}"/>` +
    `<path d="M-4 0h8v20h-8z" fill="#B87333"/><circle cx="0" cy="34" r="18" fill="#C58B44"/><path d="M14 40l26 18" stroke="#B87333" stroke-width="5"/></g>`
}
function spool(x, y, col) {
  return `<g transform="translate(${x} ${y})"><rect x="-40" y="-60" width="80" height="16" rx="4" fill="${C.soganXL}"/><rect x="-40" y="44" width="80" height="16" rx="4" fill="${C.soganXL}"/>` +
    `<rect x="-30" y="-44" width="60" height="88" fill="${col}"/><path d="M-30 -30h60M-30 -15h60M-30 0h60M-30 15h60M-30 30h60" stroke="#000" stroke-opacity=".2" stroke-width="2"/></g>`
}
function shuttle(x, y) {
  return `<g transform="translate(${x} ${y}) rotate(-20)"><path d="M-110 0Q-60 -26 0 -26Q60 -26 110 0Q60 26 0 26Q-60 26 -110 0Z" fill="${C.soganL}"/>` +
    `<rect x="-40" y="-10" width="80" height="20" rx="10" fill="${C.goldL}"/><path d="M-40 0H40" stroke="${C.gold}" stroke-width="4" stroke-dasharray="3 3"/></g>`
}

// ── spec list: file → drawing kind, background and patterns ────────────────
// pats: [id, pattern, ground, accent, ink?]
const S = (name, kind, bg, pats, opt = {}) => ({ name, kind, bg, pats, opt })
const angso = (g, a, b) => ["m", "angso", g, a, b]

const PRODUCTS = [
  // Jambi
  S("batik-tulis-angso-duo-sogan", "drape", "warm", [angso(C.cream, C.soganXL, C.sogan)]),
  S("batik-tulis-durian-pecah", "drape", "rose", [["m", "durian", C.cream, "#C27A3A", C.sogan]]),
  S("batik-tulis-kapal-sanggat-indigo", "drape", "cool", [["m", "kapal", C.indigo, "#9DB6D2", C.cream]]),
  S("batik-tulis-bungo-pauh", "drape", "sage", [["m", "bungo", C.cream, C.soganXL, C.sogan]]),
  S("batik-tulis-sutra-angso-duo", "shawl", "gold", [angso("#E9D9B6", C.maroon, C.sogan)]),
  S("batik-cap-kawung-jambi", "stack", "warm", [["m", "kawung", C.cream, C.soganXL, C.sogan], ["m2", "kawung", C.indigo, C.indigoL, C.cream]]),
  S("batik-cap-angso-duo", "stack", "gold", [angso(C.soganL, C.cream, C.sogan), ["m2", "angso", C.cream, C.soganL, C.sogan]], { tool: "cap" }),
  S("kemeja-batik-angso-duo-pria", "shirt", "warm", [angso(C.sogan, C.cream, C.ink)], { collar: C.sogan }),
  S("blus-batik-bungo-pauh", "blouse", "sage", [["m", "bungo", C.cream, C.soganXL, C.leaf]], { collar: C.leaf }),
  S("tote-bag-batik-lapuanja", "tote", "warm", [angso(C.cream, C.soganXL, C.sogan)]),
  S("masker-kain-batik-jambi", "masks", "cool", [angso(C.cream, C.soganXL, C.sogan), ["m2", "kawung", C.indigo, C.indigoL, C.cream], ["m3", "durian", C.cream, "#C27A3A", C.sogan]]),
  S("nastar-nanas-lapuanja", "jar", "gold", [angso(C.cream, C.soganXL, C.sogan)], { lid: C.maroon, item: "nastar" }),
  S("kastengel-keju-lapuanja", "jar", "warm", [["m", "kawung", C.cream, C.soganXL, C.sogan]], { lid: C.gold, item: "kastengel" }),
  // Palembang
  S("songket-lepus-benang-emas-merah", "drape", "rose", [["m", "songket", C.maroon, C.gold]]),
  S("songket-tretes-mender-ungu", "drape", "rose", [["m", "songket", C.purple, C.gold]], { bands: true, ground: C.purple }),
  S("songket-bungo-cino", "drape", "gold", [["m", "bungocino", C.maroon, C.gold]]),
  S("selendang-songket-limar", "shawl", "rose", [["m", "limar", C.maroonD, C.gold, C.pink]]),
  S("tas-tali-meiwa-jinjing", "handbag", "warm", [["m", "weave", C.soganXL, C.soganL, C.sogan], ["m2", "twist", C.soganXL, C.soganL, C.sogan]], { dark: C.sogan, ground: C.soganXL }),
  S("kotak-tisu-tali-meiwa", "tissuebox", "rose", [["m", "weave", "#A33A48", C.maroon, C.maroonD]]),
  S("keranjang-eceng-gondok", "basket", "sage", [["m", "weave", "#B89B6A", "#9E8052", "#6E5636"], ["m2", "twist", "#B89B6A", "#9E8052", "#6E5636"]], { dark: "#6E5636" }),
  S("daster-jumputan-palembang", "dress", "rose", [["m", "jumputan", C.maroon, "#E9B7A8"]], { collar: C.maroonD }),
  S("mukena-katun-bordir", "mukena", "sage", [], { ground: C.white, accent: C.leafL }),
  S("keripik-tempe-srikandi", "chips", "warm", [["m", "songket", C.maroon, C.gold]], { color: C.maroon, window: "#F3E2BE", item: "tempe" }),
  S("keripik-pisang-palembang", "chips", "gold", [["m", "songket", C.leaf, C.goldL]], { color: C.leaf, window: "#F6EBC8", item: "pisang" }),
  S("sale-pisang-gulung", "chips", "warm", [["m", "bungocino", C.sogan, C.goldL]], { color: C.soganL, window: "#F3E2BE", item: "sale" }),
  S("kemplang-panggang-palembang", "chips", "cool", [["m", "songket", C.indigo, C.goldL]], { color: C.blue, window: "#EAF0F4", item: "kemplang" }),
  S("roti-manis-srikandi", "tray", "warm", [], { top: "choc" }),
  S("bolu-kojo-pandan", "bolu", "sage", []),
  // Tangerang
  S("batik-cap-parang-indigo", "stack", "cool", [["m", "parang", C.indigo, C.cream, C.indigoL], ["m2", "parang", C.cream, C.soganL, C.sogan]], { tool: "cap" }),
  S("batik-cap-truntum-sogan", "stack", "warm", [["m", "truntum", C.sogan, C.cream], ["m2", "truntum", C.indigo, C.cream]]),
  S("batik-cap-kombinasi-kawung-tulis", "drape", "warm", [["m", "kawung", C.cream, C.indigoL, C.indigo]]),
  S("batik-tulis-kembang-pesisir", "drape", "rose", [["m", "pesisir", C.cream, C.pink, C.indigo]]),
  S("batik-tulis-parang-seling", "drape", "cool", [["m", "parang", C.indigo, C.cream, C.soganXL]]),
  S("kemeja-batik-parang-pria", "shirt", "cool", [["m", "parang", C.indigo, C.cream, C.indigoL]], { long: true, collar: C.indigo }),
  S("sarung-bantal-batik-kawung", "cushion", "cool", [["m", "kawung", C.indigo, C.indigoL, C.cream]]),
  S("dompet-perca-batik", "pouch", "warm", [["m", "parang", C.indigo, C.cream, C.indigoL], ["m2", "kawung", C.cream, C.soganXL, C.sogan], ["m3", "truntum", C.sogan, C.cream], ["m4", "pesisir", C.cream, C.pink, C.indigo]]),
  S("keranjang-parsel-anyaman", "hamper", "gold", [["m", "weave", "#D9C08A", "#C4A56A", "#8C6E3C"], ["m2", "twist", "#D9C08A", "#C4A56A", "#8C6E3C"]], { dark: "#8C6E3C", ground: "#D9C08A" }),
  S("rempeyek-kacang-tangerang", "jar", "warm", [["m", "parang", C.indigo, C.cream, C.indigoL]], { lid: C.indigo, item: "peyek" }),
  S("kacang-bawang-tangerang", "chips", "gold", [["m", "truntum", C.indigo, C.cream]], { color: C.indigoL, window: "#F3E2BE", item: "kacang" }),
  S("putri-salju-tangerang", "jar", "cool", [["m", "truntum", C.indigo, C.cream]], { lid: C.indigo, item: "salju", glass: "#B9C8D8" }),
  S("lapis-legit-tangerang", "lapis", "gold", [["m", "stripes", "#4A2A12", "#D9A441"]]),
]

const CRAFTS = [
  S("craft-batik-tulis", "drape", "warm", [["m", "bungo", C.cream, C.soganXL, C.sogan]], { extra: () => canting(610, 560) }),
  S("craft-batik-cap", "stack", "cool", [["m", "kawung", C.indigo, C.indigoL, C.cream], ["m2", "parang", C.cream, C.soganL, C.sogan]], { tool: "cap" }),
  S("craft-songket", "drape", "rose", [["m", "songket", C.maroon, C.gold]], { extra: () => shuttle(470, 650) }),
  S("craft-jahitan", "shirt", "sage", [["m", "kawung", C.leaf, C.leafL, C.cream]], { collar: C.leaf, extra: () => spool(640, 600, C.maroon) }),
  S("craft-anyaman", "basket", "warm", [["m", "weave", C.soganXL, C.soganL, C.sogan], ["m2", "twist", C.soganXL, C.soganL, C.sogan]], { dark: C.sogan }),
  S("craft-makanan-ringan", "chips", "gold", [["m", "songket", C.maroon, C.gold]], { color: C.maroon, window: "#F3E2BE", item: "pisang" }),
  S("craft-kue-roti", "jar", "warm", [["m", "kawung", C.cream, C.soganXL, C.sogan]], { lid: C.maroon, item: "nastar" }),
]

const TOPS = {
  choc: (x, y) => `<path d="M${x - 30} ${y - 6}q10 8 20 0t20 0t20 0" fill="none" stroke="#4A2A12" stroke-width="6" stroke-linecap="round"/>`,
}

function drawProduct(spec) {
  const defs = spec.pats.map(([id, name, g, a, b]) => pat(id, name, g, a, b)).join("") +
    (spec.kind === "tray" ? `<radialGradient id="bun" cx=".4" cy=".35" r=".7"><stop offset="0" stop-color="#E9B45E"/><stop offset="1" stop-color="#A8652A"/></radialGradient>` : "")
  const opt = { ...spec.opt }
  if (typeof opt.item === "string") opt.item = ITEM[opt.item]
  if (typeof opt.top === "string") opt.top = TOPS[opt.top]
  const fn = K[spec.kind]
  if (!fn) throw new Error(`unknown kind ${spec.kind}`)
  const extra = opt.extra ? opt.extra() : ""
  return scene(BGS[spec.bg], fn(opt) + extra, defs)
}

// ── facility covers (1600×900) ──────────────────────────────────────────────
const FACILITIES = [
  { name: "facility-lapas-perempuan-jambi", sky: ["#F3E3C7", "#E9C99A"], hill: C.leaf, band: angso(C.cream, C.soganXL, C.sogan), roof: "gable", wall: C.cream, roofC: C.sogan, river: true },
  { name: "facility-lpp-palembang", sky: ["#F2D9CF", "#D9A79A"], hill: "#5E6F45", band: ["m", "songket", C.maroon, C.gold], roof: "limas", wall: "#F1E6D4", roofC: C.maroonD, river: true },
  { name: "facility-lapas-perempuan-tangerang", sky: ["#E3EBF1", "#B9CCDD"], hill: "#5C7A55", band: ["m", "parang", C.indigo, C.cream, C.indigoL], roof: "flat", wall: "#EFE9DE", roofC: C.indigo, river: false },
]

function drawFacility(f) {
  const [s1, s2] = f.sky
  let win = ""
  for (let i = 0; i < 9; i++) win += `<rect x="${470 + i * 76}" y="470" width="40" height="56" rx="4" fill="${f.roofC}" opacity=".75"/>`
  let trees = ""
  const tx = [150, 250, 1250, 1360, 1470]
  tx.forEach((x, i) => {
    const h = 60 + (i % 2) * 30
    trees += `<rect x="${x - 7}" y="${560 - h}" width="14" height="${h + 20}" fill="${C.sogan}"/><circle cx="${x}" cy="${540 - h}" r="${56 + (i % 3) * 10}" fill="${i % 2 ? C.leaf : C.leafL}"/>`
  })
  let roof = ""
  if (f.roof === "gable") {
    roof = `<path d="M400 440L800 300L1200 440Z" fill="${f.roofC}"/><path d="M760 314L720 250M840 314L880 250" stroke="${f.roofC}" stroke-width="14" stroke-linecap="round"/>` +
      `<path d="M520 440L800 340L1080 440Z" fill="url(#m)" opacity=".9"/>`
  } else if (f.roof === "limas") {
    roof = `<path d="M420 440L540 380H1060L1180 440Z" fill="${f.roofC}"/><path d="M560 380L660 320H940L1040 380Z" fill="${f.roofC}" opacity=".9"/>` +
      `<path d="M680 320L760 270H840L920 320Z" fill="${f.roofC}" opacity=".8"/><rect x="540" y="376" width="520" height="10" fill="${C.gold}"/><rect x="660" y="316" width="280" height="8" fill="${C.gold}"/>`
  } else {
    roof = `<rect x="410" y="410" width="780" height="34" fill="${f.roofC}"/><rect x="700" y="330" width="200" height="90" fill="${f.wall}"/><rect x="690" y="318" width="220" height="18" fill="${f.roofC}"/>`
  }
  const river = f.river
    ? `<path d="M0 660Q400 646 800 660T1600 654V700H0Z" fill="#7FA3BF"/><path d="M100 678q40-10 80 0M500 684q40-10 80 0M1100 678q40-10 80 0" stroke="#fff" stroke-opacity=".6" stroke-width="4" fill="none"/>`
    : `<rect y="640" width="1600" height="60" fill="#CFC6B4"/>`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900" width="1600" height="900"><defs>` +
    `<linearGradient id="sky" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${s1}"/><stop offset="1" stop-color="${s2}"/></linearGradient>` +
    pat(f.band[0], f.band[1], f.band[2], f.band[3], f.band[4]) + `</defs>` +
    `<rect width="1600" height="900" fill="url(#sky)"/><circle cx="1260" cy="180" r="90" fill="#FFF6DF" opacity=".85"/>` +
    (f.roof === "flat" ? `<g fill="#B9C4CF"><rect x="60" y="300" width="90" height="260"/><rect x="170" y="360" width="70" height="200"/><rect x="1450" y="280" width="110" height="280"/><rect x="1340" y="340" width="80" height="220"/></g>` : "") +
    `<path d="M0 470Q300 360 620 450T1200 420T1600 440V700H0Z" fill="${f.hill}" opacity=".45"/>` +
    `<path d="M0 540Q400 470 800 530T1600 510V700H0Z" fill="${f.hill}" opacity=".7"/>${trees}` +
    `<rect x="440" y="440" width="720" height="200" fill="${f.wall}"/>` +
    `${win}<rect x="740" y="540" width="120" height="100" rx="6" fill="${f.roofC}"/><rect x="440" y="600" width="720" height="40" fill="url(#m)"/>` +
    `<rect x="400" y="636" width="800" height="14" fill="${C.ink}" opacity=".5"/>${roof}${river}` +
    `<rect y="700" width="1600" height="200" fill="url(#m)"/><rect y="700" width="1600" height="14" fill="${C.gold}"/><rect y="700" width="1600" height="200" fill="#000" opacity=".12"/></svg>`
  )
}

// ── write ──────────────────────────────────────────────────────────────────
mkdirSync(OUT, { recursive: true })
let n = 0
for (const spec of [...PRODUCTS, ...CRAFTS]) {
  writeFileSync(join(OUT, `${spec.name}.svg`), drawProduct(spec) + "\n")
  n++
}
for (const f of FACILITIES) {
  writeFileSync(join(OUT, `${f.name}.svg`), drawFacility(f) + "\n")
  n++
}
console.log(`wrote ${n} SVG files to ${OUT}`)
