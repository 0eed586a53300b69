import { DemoSizeName, Persona } from "./types"

export type DemoSize = {
  customers: number
  products: number
  /** Multiplies each persona's order count (small stores get fewer orders). */
  orderScale: number
  /** Newest orders by status, counted from the most recent one. */
  recent: {
    unpaid: number
    captured: number
    fulfilled: number
    shipped: number
    delivered: number
  }
  canceledShare: number
  refundedShare: number
  minCanceled: number
  minRefunded: number
  /** Orders placed through the real cart flow, unpaid ones included. */
  cartOrders: number
  /** Orders older than this many days go the bulk path (see OrderPath), except the recent bands. */
  workflowDays: number
  personas: readonly (readonly [Persona, number])[]
}

const PERSONAS = [
  ["registrant", 0.2],
  ["one_time", 0.25],
  ["repeat", 0.33],
  ["vip", 0.12],
  ["dormant", 0.1],
] as const

export const DEMO_SIZES: Record<DemoSizeName, DemoSize> = {
  full: {
    customers: 500,
    products: 30,
    orderScale: 1,
    recent: {
      unpaid: 8,
      captured: 10,
      fulfilled: 10,
      shipped: 25,
      delivered: 0,
    },
    canceledShare: 0.025,
    refundedShare: 0.025,
    minCanceled: 2,
    minRefunded: 2,
    cartOrders: 30,
    workflowDays: 45,
    personas: PERSONAS,
  },
  small: {
    customers: 12,
    products: 8,
    orderScale: 0.3,
    recent: { unpaid: 1, captured: 1, fulfilled: 1, shipped: 1, delivered: 1 },
    canceledShare: 0,
    refundedShare: 0,
    minCanceled: 1,
    minRefunded: 1,
    cartOrders: 2,
    workflowDays: 45,
    personas: PERSONAS,
  },
}

export const isDemoSizeName = (value: string): value is DemoSizeName =>
  value in DEMO_SIZES
