// Names that identify the demo store's records, so a later run finds them again.
export const DEMO_NAMES = {
  store: "Membership Demo Store",
  salesChannel: "Membership Demo Storefront",
  publishableKey: "Membership Demo Storefront",
  region: "Europe",
  stockLocation: "Membership Demo Warehouse",
  fulfillmentSet: "Membership Demo Shipping",
  serviceZone: "Europe",
  shippingProfile: "Default Shipping Profile",
  shippingOption: "Standard Shipping",
  fulfillmentProvider: "manual_manual",
  paymentProvider: "pp_system_default",
} as const

/** Key under the store's metadata that records which demo was seeded. */
export const DEMO_MARKER_KEY = "membership_demo"
