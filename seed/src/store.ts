// The store's frame: currency IDR, region Indonesia, tax region, the default sales channel, the storefront's
// publishable key, a stock location with a fulfilment set for Indonesia and its shipping options. Each part is
// created only when it is missing, so seeding twice changes nothing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEFAULT_SALES_CHANNEL_NAME,
  REGION_NAME,
  STOCK_LOCATION_NAME,
  STOREFRONT_API_KEY_TITLE,
} from "./demo-logins"
import { SHIPPING_OPTIONS } from "./data/shipping"

/** How buyers in Indonesia pay: bank transfer (the plugin-payments provider, always on), and Stripe when it is
 * configured (backend/medusa-config.ts registers it only then). */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"
export const regionPaymentProviders = () => [BANK_TRANSFER_PROVIDER_ID, ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]

export interface StoreFrame {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

export async function seedStoreFrame(container: MedusaContainer): Promise<StoreFrame> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: DEFAULT_SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: DEFAULT_SALES_CHANNEL_NAME }] },
    })
    salesChannel = result[0]!
  }

  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("Medusa has no store yet: start the backend once so it creates its defaults")
  const hasIdr = store.supported_currencies?.some((c) => c.currency_code === "idr" && c.is_default)
  if (!hasIdr || store.default_sales_channel_id !== salesChannel.id || store.name !== "Karya Lapas") {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Karya Lapas",
          supported_currencies: [{ currency_code: "idr", is_default: true }],
          default_sales_channel_id: salesChannel.id,
        },
      },
    })
  }

  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "idr",
            countries: ["id"],
            automatic_taxes: true,
            payment_providers: regionPaymentProviders(),
          },
        ],
      },
    })
    region = result[0]!
  } else {
    // a region seeded before, with Medusa's system provider as "bank transfer", gets the real one instead
    const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: region.id } })
    const current = ((data[0] as { payment_providers?: { id: string }[] } | undefined)?.payment_providers ?? []).map((p) => p.id)
    const wanted = [...current.filter((id) => id !== "pp_system_default"), ...regionPaymentProviders().filter((id) => !current.includes(id))]
    if (wanted.length !== current.length || wanted.some((id) => !current.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: wanted } },
      })
    }
  }
  if (store.default_region_id !== region.id) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { default_region_id: region.id } },
    })
  }

  const [taxRegion] = await taxModule.listTaxRegions({ country_code: "id" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "id", provider_id: "tp_system" }] })
  }

  let [stockLocation] = await stockLocationModule.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!stockLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { address_1: "Jl. Merdeka No. 1", city: "Palembang", province: "Sumatera Selatan", country_code: "ID" },
          },
        ],
      },
    })
    stockLocation = result[0]!
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: stockLocation.id, add: [salesChannel.id] },
    })
  }

  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]!
  }

  const fulfillmentSetName = `${STOCK_LOCATION_NAME} — pengiriman`
  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: fulfillmentSetName },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: fulfillmentSetName,
      type: "shipping",
      service_zones: [{ name: "Indonesia", geo_zones: [{ country_code: "id", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZone = fulfillmentSet.service_zones[0]!

  const existingOptions = await fulfillmentModule.listShippingOptions({ service_zone: { id: serviceZone.id } })
  const missingOptions = SHIPPING_OPTIONS.filter((o) => !existingOptions.some((e) => e.name === o.name))
  if (missingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missingOptions.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZone.id,
        shipping_profile_id: shippingProfile!.id,
        type: { label: o.label, description: o.description, code: o.code },
        prices: [
          { currency_code: "idr", amount: o.amount },
          { region_id: region!.id, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: STOREFRONT_API_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  // query is used so the link between the key and the channel is checked, not assumed
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  const key = keys[0] as { token: string; sales_channels?: { id: string }[] } | undefined
  if (!key?.sales_channels?.some((sc) => sc.id === salesChannel!.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  return {
    salesChannelId: salesChannel.id,
    regionId: region.id,
    stockLocationId: stockLocation.id,
    shippingProfileId: shippingProfile.id,
    publishableKey: apiKey.token,
  }
}
