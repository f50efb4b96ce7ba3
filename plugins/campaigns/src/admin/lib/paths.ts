// Where the plugin's pages are in Medusa Admin. Not /campaigns: that is Medusa's own page of promotion campaigns,
// which a plugin route of the same path does not replace.
export const CSR_PATH = "/csr"
export const programPath = (id: string) => `${CSR_PATH}/programs/${id}`
