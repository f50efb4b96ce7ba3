export * from "./confirm-transfer"
export * from "./expire-transfer"
export * from "./repair-capture"
