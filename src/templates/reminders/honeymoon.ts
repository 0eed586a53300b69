import type { LocalizedTemplates } from "../types"

export const honeymoon: LocalizedTemplates = {
  en: {
    subject: "Thank you for your first order at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Thank you for shopping with us. We hope your order arrived safely and that you enjoy it.</p>
{% if offer.code %}<p>For your next order, use code <strong>{{ offer.code }}</strong>.</p>{% endif %}
{% if offer.points %}<p>We added {{ offer.points }} bonus points to your account.</p>{% endif %}`,
    text: `Hi {{ member.first_name | default: "there" }},
Thank you for shopping with us. We hope your order arrived safely and that you enjoy it.
{% if offer.code %}For your next order, use code {{ offer.code }}.{% endif %}
{% if offer.points %}We added {{ offer.points }} bonus points to your account.{% endif %}`,
  },
  "zh-CN": {
    subject: "感谢您在{{ store.name }}的第一笔订单",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>感谢您的惠顾，希望您已顺利收到商品并喜欢它。</p>
{% if offer.code %}<p>下次购物可使用优惠码 <strong>{{ offer.code }}</strong>。</p>{% endif %}
{% if offer.points %}<p>我们已为您的账户赠送 {{ offer.points }} 积分。</p>{% endif %}`,
    text: `{{ member.first_name | default: "您好" }}，
感谢您的惠顾，希望您已顺利收到商品并喜欢它。
{% if offer.code %}下次购物可使用优惠码 {{ offer.code }}。{% endif %}
{% if offer.points %}我们已为您的账户赠送 {{ offer.points }} 积分。{% endif %}`,
  },
}
