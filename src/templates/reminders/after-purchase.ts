import type { LocalizedTemplates } from "../types"

export const pointsExpiring: LocalizedTemplates = {
  en: {
    subject: "{{ points.amount }} points expire soon at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>{{ points.amount }} of your points expire on {{ points.expires_at | date: "%Y-%m-%d" }}. Use them on your next order.</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
{{ points.amount }} of your points expire on {{ points.expires_at | date: "%Y-%m-%d" }}. Use them on your next order.`,
  },
  "zh-CN": {
    subject: "您在{{ store.name }}的 {{ points.amount }} 积分即将过期",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>您有 {{ points.amount }} 积分将于 {{ points.expires_at | date: "%Y-%m-%d" }} 过期，下次购物时别忘了使用。</p>`,
    text: `{{ member.first_name | default: "您好" }}，
您有 {{ points.amount }} 积分将于 {{ points.expires_at | date: "%Y-%m-%d" }} 过期，下次购物时别忘了使用。`,
  },
}

export const reviewRequest: LocalizedTemplates = {
  en: {
    subject: "How do you like your order from {{ store.name }}?",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Your order arrived a few days ago. Tell other shoppers what you think: a short review helps them a lot.</p>
{% if offer.points %}<p>You earn {{ offer.points }} points for a review.</p>{% endif %}`,
    text: `Hi {{ member.first_name | default: "there" }},
Your order arrived a few days ago. Tell other shoppers what you think: a short review helps them a lot.
{% if offer.points %}You earn {{ offer.points }} points for a review.{% endif %}`,
  },
  "zh-CN": {
    subject: "您对{{ store.name }}的商品满意吗？",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>您的订单几天前已送达，欢迎分享您的使用感受，您的评价对其他顾客很有帮助。</p>
{% if offer.points %}<p>发表评价可获得 {{ offer.points }} 积分。</p>{% endif %}`,
    text: `{{ member.first_name | default: "您好" }}，
您的订单几天前已送达，欢迎分享您的使用感受，您的评价对其他顾客很有帮助。
{% if offer.points %}发表评价可获得 {{ offer.points }} 积分。{% endif %}`,
  },
}
