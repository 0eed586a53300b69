import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"
import type MemberPointsModuleService from "../../../modules/member-points/service"

export const pointsService = (container: MedusaContainer) =>
  container.resolve<MemberPointsModuleService>(MEMBER_POINTS_MODULE)

/** One lock per points account owner, for work that reads then writes an order's points. */
export const orderPointsLockKeys = (orderIds: string[]) =>
  [...new Set(orderIds)].sort().map((id) => `points-order:${id}`)
