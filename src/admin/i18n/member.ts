import type { MemberStage } from "../lib/types"
import { defineTranslations } from "./define"

type Stages = Record<MemberStage, string>

/** The member card on a customer, and the member fields other pages reuse. */
export const member = defineTranslations({
  en: {
    title: "Membership",
    edit: "Edit membership",
    notMember: "This customer is not a member yet.",
    loadError: "The membership could not be loaded.",
    stages: {
      registered: "Registered",
      first_time: "First-time buyer",
      repeat: "Repeat buyer",
    } satisfies Stages,
    fields: {
      joined: "Joined",
      orders: "Orders",
      totalSpent: "Total spent",
      aov: "Average order",
      lastOrder: "Last order",
      tags: "Tags",
      emailConsent: "Email marketing",
      smsConsent: "SMS marketing",
      birthday: "Birthday",
    },
    ordersValue: "{{orders}} ({{paid}} paid)",
  },
  zhCN: {
    title: "会员信息",
    edit: "编辑会员资料",
    notMember: "该客户尚未成为会员。",
    loadError: "无法加载会员资料。",
    stages: {
      registered: "已注册",
      first_time: "首购客户",
      repeat: "复购客户",
    },
    fields: {
      joined: "入会时间",
      orders: "订单",
      totalSpent: "累计消费",
      aov: "平均客单价",
      lastOrder: "最近下单",
      tags: "标签",
      emailConsent: "邮件营销",
      smsConsent: "短信营销",
      birthday: "生日",
    },
    ordersValue: "{{orders}}（已付款 {{paid}}）",
  },
})
