import type { MemberBackfillPhase, MemberBackfillStatus } from "../lib/types"
import { defineTranslations } from "./define"

/** The backfill card on the Members page. */
export const backfill = defineTranslations({
  en: {
    title: "Member data backfill",
    description:
      "Imports existing customers and orders into member data; safe to re-run.",
    run: "Run backfill",
    neverRun: "No backfill has run yet.",
    statuses: {
      pending: "Pending",
      running: "Running",
      completed: "Completed",
      failed: "Failed",
    } satisfies Record<MemberBackfillStatus, string>,
    phases: {
      orders: "Importing orders",
      metrics: "Computing metrics",
      customers: "Syncing customers",
      done: "Done",
    } satisfies Record<MemberBackfillPhase, string>,
    progress: "{{processed}} of {{total}} ({{percent}})",
    progressLabel: "Backfill progress",
    rate: "{{rate}} per second",
    eta: "about {{duration}} left",
    started: "Started {{when}}",
    finished: "Finished {{when}}",
    loadError: "The backfill status could not be loaded.",
    prompt: {
      title: "Run the member data backfill?",
      description:
        "It imports existing customers and orders in the background. Members already up to date are left as they are.",
      confirm: "Run backfill",
    },
    startedToast: "Backfill started",
  },
  zhCN: {
    title: "会员数据回填",
    description: "将现有客户和订单导入会员数据；可安全地重复运行。",
    run: "运行回填",
    neverRun: "尚未运行过回填。",
    statuses: {
      pending: "等待中",
      running: "运行中",
      completed: "已完成",
      failed: "失败",
    },
    phases: {
      orders: "正在导入订单",
      metrics: "正在计算指标",
      customers: "正在同步客户",
      done: "完成",
    },
    progress: "{{processed}} / {{total}}（{{percent}}）",
    progressLabel: "回填进度",
    rate: "每秒 {{rate}} 条",
    eta: "预计还需 {{duration}}",
    started: "开始于{{when}}",
    finished: "完成于{{when}}",
    loadError: "无法加载回填状态。",
    prompt: {
      title: "运行会员数据回填？",
      description: "将在后台导入现有客户和订单。已是最新的会员数据保持不变。",
      confirm: "运行回填",
    },
    startedToast: "回填已开始",
  },
})
