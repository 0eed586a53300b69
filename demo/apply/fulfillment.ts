import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DemoPlan } from "../types"
import { DEMO_NAMES } from "./names"

const ensureStockLocation = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({
    name: DEMO_NAMES.stockLocation,
  })
  if (existing) {
    return existing
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: DEMO_NAMES.stockLocation,
          address: {
            address_1: "Lagerstraße 1",
            city: "Berlin",
            country_code: "de",
          },
        },
      ],
    },
  })
  const location = result[0]
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: {
      fulfillment_provider_id: DEMO_NAMES.fulfillmentProvider,
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location
}

const ensureShippingProfile = async (container: MedusaContainer) => {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEMO_NAMES.shippingProfile, type: "default" }] },
  })
  return result[0]
}

const ensureServiceZone = async (
  container: MedusaContainer,
  plan: DemoPlan,
  locationId: string
) => {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listFulfillmentSets(
    { name: DEMO_NAMES.fulfillmentSet },
    { relations: ["service_zones"] }
  )
  if (existing) {
    return existing.service_zones[0]
  }
  const created = await fulfillment.createFulfillmentSets({
    name: DEMO_NAMES.fulfillmentSet,
    type: "shipping",
    service_zones: [
      {
        name: DEMO_NAMES.serviceZone,
        geo_zones: plan.countries.map((country_code) => ({
          country_code,
          type: "country" as const,
        })),
      },
    ],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
  })
  return created.service_zones[0]
}

/** Stock location, shipping profile, service zone and a flat shipping option. */
export const ensureShipping = async (
  container: MedusaContainer,
  plan: DemoPlan,
  ids: { salesChannelId: string; regionId: string }
) => {
  const location = await ensureStockLocation(container, ids.salesChannelId)
  const profile = await ensureShippingProfile(container)
  const zone = await ensureServiceZone(container, plan, location.id)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({
    name: DEMO_NAMES.shippingOption,
    service_zone: { id: zone.id },
  })
  const option =
    existing ??
    (
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: DEMO_NAMES.shippingOption,
            price_type: "flat",
            provider_id: DEMO_NAMES.fulfillmentProvider,
            service_zone_id: zone.id,
            shipping_profile_id: profile.id,
            type: {
              label: "Standard",
              description: "Ships in 2-3 days.",
              code: "standard",
            },
            prices: [
              {
                currency_code: plan.currency_code,
                amount: plan.shipping_amount,
              },
              { region_id: ids.regionId, amount: plan.shipping_amount },
            ],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
    ).result[0]
  return {
    stockLocationId: location.id,
    shippingProfileId: profile.id,
    shippingOptionId: option.id,
  }
}
