import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMembersMiddlewares } from "./admin/members/middlewares"
import { storeMembersMiddlewares } from "./store/members/middlewares"
import { adminRemindersMiddlewares } from "./admin/reminders/middlewares"
import { adminMemberMessagesMiddlewares } from "./admin/member-messages/middlewares"
import { storeMemberPreferencesMiddlewares } from "./store/members/reminder-middlewares"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminMembersMiddlewares,
    ...storeMembersMiddlewares,
    ...adminRemindersMiddlewares,
    ...adminMemberMessagesMiddlewares,
    ...storeMemberPreferencesMiddlewares,
    ...adminSegmentsMiddlewares,
  ],
})
