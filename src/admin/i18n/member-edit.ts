import { defineTranslations } from "./define"

/** The drawer that edits a member's tags, birthday and consent. */
export const memberEdit = defineTranslations({
  en: {
    title: "Edit membership",
    description: "Tags, birthday and marketing consent of this member.",
    tags: "Tags",
    tagsHint: "Press Enter or comma to add a tag.",
    tagsPlaceholder: "e.g. student",
    removeTag: "Remove tag {{tag}}",
    birthday: "Birthday",
    birthdayHint: "Leave empty to clear it.",
    emailConsent: "Email marketing consent",
    smsConsent: "SMS marketing consent",
    saved: "Membership updated",
    errors: {
      tagTooLong_one: "“{{tag}}” is longer than {{count}} character",
      tagTooLong_other: "“{{tag}}” is longer than {{count}} characters",
      birthdayInFuture: "The birthday cannot be in the future",
    },
  },
  zhCN: {
    title: "编辑会员资料",
    description: "该会员的标签、生日和营销订阅设置。",
    tags: "标签",
    tagsHint: "按回车键或逗号添加标签。",
    tagsPlaceholder: "例如：student",
    removeTag: "移除标签 {{tag}}",
    birthday: "生日",
    birthdayHint: "留空即清除生日。",
    emailConsent: "同意接收营销邮件",
    smsConsent: "同意接收营销短信",
    saved: "会员资料已更新",
    errors: {
      tagTooLong: "“{{tag}}”超过 {{count}} 个字符",
      birthdayInFuture: "生日不能晚于今天",
    },
  },
})
