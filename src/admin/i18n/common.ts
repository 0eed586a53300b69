import { defineTranslations } from "./define"

/** Strings every membership page shares: actions, consent, form errors. */
export const common = defineTranslations({
  en: {
    actions: {
      retry: "Retry",
      cancel: "Cancel",
      save: "Save",
    },
    consent: {
      granted: "Subscribed",
      denied: "Not subscribed",
      since: "{{state}} (since {{date}})",
    },
    dateWithRelative: "{{relative}} · {{date}}",
    errors: {
      required: "Required",
      invalid: "Enter a valid value",
      tooLong_one: "Use at most {{count}} character",
      tooLong_other: "Use at most {{count}} characters",
      tooMany_one: "Add at most {{count}} item",
      tooMany_other: "Add at most {{count}} items",
    },
  },
  zhCN: {
    actions: {
      retry: "重试",
      cancel: "取消",
      save: "保存",
    },
    consent: {
      granted: "已订阅",
      denied: "未订阅",
      since: "{{state}}（自 {{date}} 起）",
    },
    dateWithRelative: "{{relative}} · {{date}}",
    errors: {
      required: "必填",
      invalid: "请输入有效的值",
      tooLong: "最多 {{count}} 个字符",
      tooMany: "最多添加 {{count}} 项",
    },
  },
})
