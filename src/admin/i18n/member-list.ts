import { defineTranslations } from "./define"

/** The Members page: its sidebar label, table, filters and sorting. */
export const memberList = defineTranslations({
  en: {
    title: "Members",
    columns: {
      member: "Member",
      stage: "Stage",
      orders: "Orders",
      totalSpent: "Total spent",
      aov: "Average order",
      lastOrder: "Last order",
      joined: "Joined",
      tags: "Tags",
    },
    sort: {
      lowToHigh: "Low to high",
      highToLow: "High to low",
      oldestFirst: "Oldest first",
      newestFirst: "Newest first",
    },
    filters: {
      stage: "Stage",
      tag: "Tag",
      tagPlaceholder: "e.g. vip",
      emailConsent: "Email marketing",
      smsConsent: "SMS marketing",
    },
    moreTags: "+{{count}}",
    moreTagsLabel_one: "{{count}} more tag: {{tags}}",
    moreTagsLabel_other: "{{count}} more tags: {{tags}}",
    searchPlaceholder: "Search by name or email",
    empty: {
      heading: "No members yet",
      description:
        "Customers become members when they sign up. Run the backfill to import existing customers.",
    },
    filtered: {
      heading: "No matching members",
      description: "Try other filters or another search.",
    },
    toolbar: { clearAll: "Clear all", sort: "Sort", filter: "Filter" },
    pagination: {
      of: "of",
      results: "results",
      pages: "pages",
      prev: "Prev",
      next: "Next",
    },
    loadError: "The members could not be loaded.",
  },
  zhCN: {
    title: "会员",
    columns: {
      member: "会员",
      stage: "阶段",
      orders: "订单",
      totalSpent: "累计消费",
      aov: "平均客单价",
      lastOrder: "最近下单",
      joined: "入会时间",
      tags: "标签",
    },
    sort: {
      lowToHigh: "从低到高",
      highToLow: "从高到低",
      oldestFirst: "最早的在前",
      newestFirst: "最新的在前",
    },
    filters: {
      stage: "阶段",
      tag: "标签",
      tagPlaceholder: "例如：vip",
      emailConsent: "邮件营销",
      smsConsent: "短信营销",
    },
    moreTags: "+{{count}}",
    moreTagsLabel: "另有 {{count}} 个标签：{{tags}}",
    searchPlaceholder: "按姓名或邮箱搜索",
    empty: {
      heading: "暂无会员",
      description: "客户注册后即成为会员。运行数据回填可导入现有客户。",
    },
    filtered: {
      heading: "没有符合条件的会员",
      description: "请尝试其他筛选条件或搜索词。",
    },
    toolbar: { clearAll: "清除全部", sort: "排序", filter: "筛选" },
    pagination: {
      of: "之",
      results: "结果",
      pages: "页",
      prev: "上一页",
      next: "下一页",
    },
    loadError: "无法加载会员列表。",
  },
})
