import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AudienceRow } from "../../../modules/member-segment/types"

export const loadShipmentAudienceStepId = "load-member-shipment-audience"

type ShippedFulfillment = {
  id: string
  labels?: ({ tracking_number?: string | null } | null)[] | null
  order?: {
    id: string
    display_id?: number | null
    customer_id?: string | null
  } | null
}

/** The member whose order this shipment belongs to, with its tracking number. */
export const loadShipmentAudienceStep = createStep(
  loadShipmentAudienceStepId,
  async (fulfillmentId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: [
        "id",
        "labels.tracking_number",
        "order.id",
        "order.display_id",
        "order.customer_id",
      ],
      filters: { id: fulfillmentId },
    })
    const fulfillment = data[0] as unknown as ShippedFulfillment | undefined
    const order = fulfillment?.order
    if (!fulfillment || !order?.customer_id)
      return new StepResponse([] as AudienceRow[])
    const tracking =
      fulfillment.labels?.find((label) => label?.tracking_number)
        ?.tracking_number ?? null
    return new StepResponse<AudienceRow[]>([
      {
        customer_id: order.customer_id,
        reference: `shipment:${fulfillment.id}`,
        data: {
          order: { id: order.id, display_id: order.display_id ?? null },
          shipment: { id: fulfillment.id, tracking_number: tracking },
        },
      },
    ])
  }
)
