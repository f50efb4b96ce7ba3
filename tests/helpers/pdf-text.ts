// The text drawn in an uncompressed PDF made by pdfkit with its built-in fonts: the hex strings of its Tj/TJ
// operators, decoded as WinAnsi (Latin-1 for the characters we use). Enough to check what a statement shows.
export function pdfText(pdf: Buffer): string {
  const content = pdf.toString("latin1")
  const lines: string[] = []
  for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[2]!]
    lines.push(hexes.map((h) => Buffer.from(h, "hex").toString("latin1")).join(""))
  }
  return lines.join("\n")
}
