import { Module } from "@medusajs/framework/utils"
import { MEMBER_TIER_MODULE } from "../../module-keys"
import MemberTierModuleService from "./service"

export default Module(MEMBER_TIER_MODULE, {
  service: MemberTierModuleService,
})
