import { Module } from "@medusajs/framework/utils"

import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import validateOptions from "./loaders/validate-options"
import MemberSegmentModuleService from "./service"

export default Module(MEMBER_SEGMENT_MODULE, {
  service: MemberSegmentModuleService,
  loaders: [validateOptions],
})
