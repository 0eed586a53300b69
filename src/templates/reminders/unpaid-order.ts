import type { LocalizedTemplates } from "../types"

export const unpaidOrder: LocalizedTemplates = {
  en: {
    subject: "Your order at {{ store.name }} is waiting for payment",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Your order of {{ order.total | money: order.currency_code }} is reserved for you, but we have not received the payment yet.</p>
<p>Complete the payment to have it shipped.</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
Your order of {{ order.total | money: order.currency_code }} is reserved for you, but we have not received the payment yet.
Complete the payment to have it shipped.`,
  },
  "zh-CN": {
    subject: "您在{{ store.name }}的订单还未付款",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>您金额为 {{ order.total | money: order.currency_code }} 的订单已为您保留，但我们还未收到付款。</p>
<p>完成付款后我们会尽快发货。</p>`,
    text: `{{ member.first_name | default: "您好" }}，
您金额为 {{ order.total | money: order.currency_code }} 的订单已为您保留，但我们还未收到付款。
完成付款后我们会尽快发货。`,
  },
}
