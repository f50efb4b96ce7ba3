export * from "./confirm-transfer"
export * from "./expire-transfer"
