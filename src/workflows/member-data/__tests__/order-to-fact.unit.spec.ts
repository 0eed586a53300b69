import { orderToFact, type OrderSnapshot } from "../order-to-fact"

const placed = "2026-01-10T10:00:00.000Z"

const order = (overrides: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  id: "order_1",
  customer_id: "cus_1",
  currency_code: "EUR",
  created_at: placed,
  item_subtotal: 90,
  shipping_total: 10,
  discount_total: 0,
  total: 100,
  shipping_address: { country_code: "DE" },
  ...overrides,
})

const capture = (amount: number, created_at: string) => ({ amount, created_at })

describe("orderToFact", () => {
  it("keeps an authorized but uncaptured order unpaid", () => {
    const fact = orderToFact(
      order({ payment_collections: [{ payments: [{ captures: [] }] }] })
    )
    expect(fact).toMatchObject({
      order_id: "order_1",
      customer_id: "cus_1",
      currency_code: "eur",
      country_code: "de",
      total: 100,
      paid_total: 0,
      paid_at: null,
      refunded_total: 0,
      placed_at: new Date(placed),
    })
  })

  it("is paid at the capture that covers the total, and keeps refunds apart", () => {
    const fact = orderToFact(
      order({
        payment_collections: [
          {
            payments: [
              {
                captures: [
                  capture(40, "2026-01-11T00:00:00.000Z"),
                  capture(60, "2026-01-12T00:00:00.000Z"),
                ],
                refunds: [{ amount: 25 }],
              },
            ],
          },
        ],
      })
    )
    expect(fact?.paid_total).toBe(100)
    expect(fact?.paid_at).toEqual(new Date("2026-01-12T00:00:00.000Z"))
    expect(fact?.refunded_total).toBe(25)
  })

  it("treats a zero total as paid when placed", () => {
    expect(orderToFact(order({ total: 0 }))?.paid_at).toEqual(new Date(placed))
  })

  it("takes the first live shipment and delivery and counts received returns", () => {
    const fact = orderToFact(
      order({
        canceled_at: "2026-01-20T00:00:00.000Z",
        fulfillments: [
          {
            shipped_at: "2026-01-15T00:00:00.000Z",
            canceled_at: "2026-01-15T01:00:00.000Z",
          },
          {
            shipped_at: "2026-01-16T00:00:00.000Z",
            delivered_at: "2026-01-18T00:00:00.000Z",
          },
          { shipped_at: "2026-01-17T00:00:00.000Z", delivered_at: null },
        ],
        items: [
          { detail: { return_received_quantity: 2 } },
          { detail: { return_received_quantity: 0 } },
          { detail: null },
        ],
      })
    )
    expect(fact?.shipped_at).toEqual(new Date("2026-01-16T00:00:00.000Z"))
    expect(fact?.delivered_at).toEqual(new Date("2026-01-18T00:00:00.000Z"))
    expect(fact?.canceled_at).toEqual(new Date("2026-01-20T00:00:00.000Z"))
    expect(fact?.returned_item_count).toBe(2)
  })

  it("makes no fact for an order without a customer", () => {
    expect(orderToFact(order({ customer_id: null }))).toBeNull()
  })
})
