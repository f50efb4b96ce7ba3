import { describe, expect, it } from "vitest"
import { parseConfig } from "./config"

describe("parseConfig", () => {
  it("reads the backend, the publishable key and an optional Stripe key", () => {
    expect(
      parseConfig({ backendUrl: "http://api.example/", publishableKey: "pk_1", stripePublishableKey: " pk_test_2 " })
    ).toEqual({ backendUrl: "http://api.example", publishableKey: "pk_1", stripePublishableKey: "pk_test_2" })
  })

  it("leaves Stripe out when its key is missing, empty or not a string", () => {
    for (const stripePublishableKey of [undefined, "", "  ", 42, null]) {
      expect(parseConfig({ backendUrl: "http://api", publishableKey: "pk", stripePublishableKey })).toEqual({
        backendUrl: "http://api",
        publishableKey: "pk",
      })
    }
  })

  it("still refuses a config without a backend", () => {
    expect(() => parseConfig({ publishableKey: "pk" })).toThrow(/backendUrl/)
  })
})
