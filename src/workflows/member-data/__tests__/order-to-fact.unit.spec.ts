import {
  lineToFact,
  orderToFact,
  type OrderSnapshot,
  type ProductSnapshot,
} from "../order-to-fact"

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
          { id: "item_1", detail: { return_received_quantity: 2 } },
          { id: "item_2", detail: { return_received_quantity: 0 } },
          { id: "item_3", detail: null },
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

  it("keeps a deleted customer's order as an anonymous fact", () => {
    expect(orderToFact(order({ customer: null }))?.customer_id).toBeNull()
    expect(orderToFact(order({ customer: { id: "cus_1" } }))?.customer_id).toBe(
      "cus_1"
    )
  })
})

describe("lineToFact", () => {
  const products = new Map<string, ProductSnapshot>([
    [
      "prod_1",
      {
        id: "prod_1",
        collection_id: "pcol_1",
        categories: [
          { id: "pcat_shirts", mpath: "pcat_men.pcat_tops.pcat_shirts" },
          { id: "pcat_sale", mpath: "pcat_sale" },
          null,
        ],
      },
    ],
  ])

  it("keeps the product's categories with their ancestors and the collection", () => {
    expect(
      lineToFact(
        {
          id: "item_1",
          product_id: "prod_1",
          variant_id: "variant_1",
          quantity: 2,
          subtotal: 100,
          discount_total: 10,
        },
        products
      )
    ).toEqual({
      line_item_id: "item_1",
      product_id: "prod_1",
      variant_id: "variant_1",
      category_ids: ["pcat_men", "pcat_tops", "pcat_shirts", "pcat_sale"],
      collection_id: "pcol_1",
      quantity: 2,
      net_amount: 90,
    })
  })

  it("is net of received returns, in proportion", () => {
    expect(
      lineToFact(
        {
          id: "item_1",
          product_id: "prod_gone",
          variant_id: null,
          quantity: 3,
          subtotal: 90,
          discount_total: 0,
          detail: { return_received_quantity: 1 },
        },
        products
      )
    ).toMatchObject({
      category_ids: [],
      collection_id: null,
      quantity: 2,
      net_amount: 60,
    })
  })
})
