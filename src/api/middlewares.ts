import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMembersMiddlewares } from "./admin/members/middlewares"
import { storeMembersMiddlewares } from "./store/members/middlewares"
import { adminRemindersMiddlewares } from "./admin/reminders/middlewares"
import { adminMemberMessagesMiddlewares } from "./admin/member-messages/middlewares"
import { storeMemberPreferencesMiddlewares } from "./store/members/reminder-middlewares"
import { adminTiersMiddlewares } from "./admin/tiers/middlewares"
import { storeMemberPricesMiddlewares } from "./store/member-prices/middlewares"
import { pointsMiddlewares } from "./admin/points-program/middlewares"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminMembersMiddlewares,
    ...storeMembersMiddlewares,
    ...adminRemindersMiddlewares,
    ...adminMemberMessagesMiddlewares,
    ...storeMemberPreferencesMiddlewares,
    ...adminTiersMiddlewares,
    ...storeMemberPricesMiddlewares,
    ...pointsMiddlewares,
    ...adminSegmentsMiddlewares,
  ],
})
