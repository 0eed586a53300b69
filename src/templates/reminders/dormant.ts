import type { LocalizedTemplates } from "../types"

export const dormant: LocalizedTemplates = {
  en: {
    subject: "We miss you at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>It has been {{ days_since_order }} days since your last order. Here is what is new in our store.</p>
{% if offer.code %}<p>Welcome back: use code <strong>{{ offer.code }}</strong> on your next order.</p>{% endif %}
{% if offer.points %}<p>We added {{ offer.points }} bonus points to your account.</p>{% endif %}`,
    text: `Hi {{ member.first_name | default: "there" }},
It has been {{ days_since_order }} days since your last order. Here is what is new in our store.
{% if offer.code %}Welcome back: use code {{ offer.code }} on your next order.{% endif %}
{% if offer.points %}We added {{ offer.points }} bonus points to your account.{% endif %}`,
  },
  "zh-CN": {
    subject: "{{ store.name }}想念您了",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>距离您上次下单已经 {{ days_since_order }} 天了，快来看看店里的新品吧。</p>
{% if offer.code %}<p>欢迎回来：下次购物可使用优惠码 <strong>{{ offer.code }}</strong>。</p>{% endif %}
{% if offer.points %}<p>我们已为您的账户赠送 {{ offer.points }} 积分。</p>{% endif %}`,
    text: `{{ member.first_name | default: "您好" }}，
距离您上次下单已经 {{ days_since_order }} 天了，快来看看店里的新品吧。
{% if offer.code %}欢迎回来：下次购物可使用优惠码 {{ offer.code }}。{% endif %}
{% if offer.points %}我们已为您的账户赠送 {{ offer.points }} 积分。{% endif %}`,
  },
}
