import { Module } from "@medusajs/framework/utils"
import { MEMBER_CAMPAIGN_MODULE } from "../../module-keys"
import MemberCampaignModuleService from "./service"

export default Module(MEMBER_CAMPAIGN_MODULE, {
  service: MemberCampaignModuleService,
})
