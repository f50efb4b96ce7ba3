export * from "./booth"
export * from "./csr-staff"
export * from "./expos"
export * from "./programs"
