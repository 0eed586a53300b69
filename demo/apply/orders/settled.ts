import { PlannedOrder } from "../../types"
import { OrderState } from "./order-state"

/** True when the existing order already reflects the planned outcome. */
export const isSettled = (order: PlannedOrder, state: OrderState) => {
  switch (order.outcome) {
    case "unpaid":
      return true
    case "completed":
    case "captured":
      return Boolean(state.payment?.captured)
    case "canceled":
      return state.status === "canceled"
    case "refunded":
      return Boolean(state.payment?.refunded)
    case "fulfilled":
      return Boolean(state.fulfillment)
    case "shipped":
      return Boolean(state.fulfillment?.shipped)
    case "delivered":
      return Boolean(state.fulfillment?.delivered)
  }
}
