import type { LocalizedTemplates } from "../types"

export const shipmentSent: LocalizedTemplates = {
  en: {
    subject: "Your {{ store.name }} order is on its way",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Good news: your order has left our warehouse{% if shipment.tracking_number %} (tracking number {{ shipment.tracking_number }}){% endif %}.</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
Good news: your order has left our warehouse{% if shipment.tracking_number %} (tracking number {{ shipment.tracking_number }}){% endif %}.`,
  },
  "zh-CN": {
    subject: "您在{{ store.name }}的订单已发货",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>好消息：您的包裹已从仓库发出{% if shipment.tracking_number %}（运单号 {{ shipment.tracking_number }}）{% endif %}。</p>`,
    text: `{{ member.first_name | default: "您好" }}，
好消息：您的包裹已从仓库发出{% if shipment.tracking_number %}（运单号 {{ shipment.tracking_number }}）{% endif %}。`,
  },
}
