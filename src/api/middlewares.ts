import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMembersMiddlewares } from "./admin/members/middlewares"
import { storeMembersMiddlewares } from "./store/members/middlewares"

export default defineMiddlewares({
  routes: [...adminMembersMiddlewares, ...storeMembersMiddlewares],
})
