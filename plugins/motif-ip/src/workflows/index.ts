export * from "./motifs"
