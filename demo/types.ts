export type DemoSizeName = "small" | "full"

export type Persona = "registrant" | "one_time" | "repeat" | "vip" | "dormant"

/**
 * How far an order got: each outcome implies the lifecycle steps before it.
 * "completed": older history, paid and closed without fulfillment records.
 */
export type OrderOutcome =
  | "completed"
  | "unpaid"
  | "captured"
  | "fulfilled"
  | "shipped"
  | "delivered"
  | "canceled"
  | "refunded"

/**
 * "cart": the storefront checkout (emits order.placed); "direct": createOrderWorkflow
 * and the payment workflows; "bulk": older history, created in batches through the
 * order and payment modules (no events), the only way to fit two years in minutes.
 */
export type OrderPath = "cart" | "direct" | "bulk"

export type PlannedProduct = {
  handle: string
  title: string
  category: string
  price: number
}

export type PlannedAddress = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
}

export type PlannedCustomer = {
  email: string
  first_name: string
  last_name: string
  phone: string
  persona: Persona
  birthday: string
  tags: string[]
  registered_at: string
  address: PlannedAddress
}

export type PlannedOrderItem = { product_handle: string; quantity: number }

export type PlannedOrder = {
  key: string
  customer_email: string
  placed_at: string
  path: OrderPath
  outcome: OrderOutcome
  items: PlannedOrderItem[]
  fulfilled_at?: string
  shipped_at?: string
  delivered_at?: string
  canceled_at?: string
  refunded_at?: string
}

export type DemoPlan = {
  seed: number
  size: DemoSizeName
  anchor: string
  currency_code: string
  countries: string[]
  shipping_amount: number
  categories: { handle: string; name: string }[]
  products: PlannedProduct[]
  customers: PlannedCustomer[]
  orders: PlannedOrder[]
}
