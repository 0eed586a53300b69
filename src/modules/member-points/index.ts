import { Module } from "@medusajs/framework/utils"
import { MEMBER_POINTS_MODULE } from "../../module-keys"
import MemberPointsModuleService from "./service"

export default Module(MEMBER_POINTS_MODULE, {
  service: MemberPointsModuleService,
})
