import { Module } from "@medusajs/framework/utils"

import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import MemberSegmentModuleService from "./service"

export default Module(MEMBER_SEGMENT_MODULE, {
  service: MemberSegmentModuleService,
})
