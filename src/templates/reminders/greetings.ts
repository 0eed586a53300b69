import type { LocalizedTemplates } from "../types"

export const holiday: LocalizedTemplates = {
  en: {
    subject: "Happy {{ holiday.name }} from {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Everyone at {{ store.name }} wishes you a happy {{ holiday.name }}.</p>
{% if offer.code %}<p>A small gift: use code <strong>{{ offer.code }}</strong>.</p>{% endif %}
{% if offer.points %}<p>A small gift: {{ offer.points }} bonus points.</p>{% endif %}`,
    text: `Hi {{ member.first_name | default: "there" }},
Everyone at {{ store.name }} wishes you a happy {{ holiday.name }}.
{% if offer.code %}A small gift: use code {{ offer.code }}.{% endif %}
{% if offer.points %}A small gift: {{ offer.points }} bonus points.{% endif %}`,
  },
  "zh-CN": {
    subject: "{{ store.name }}祝您{{ holiday.name }}快乐",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>{{ store.name }}全体同仁祝您{{ holiday.name }}快乐！</p>
{% if offer.code %}<p>送您一份小礼物：优惠码 <strong>{{ offer.code }}</strong>。</p>{% endif %}
{% if offer.points %}<p>送您一份小礼物：{{ offer.points }} 积分。</p>{% endif %}`,
    text: `{{ member.first_name | default: "您好" }}，
{{ store.name }}全体同仁祝您{{ holiday.name }}快乐！
{% if offer.code %}送您一份小礼物：优惠码 {{ offer.code }}。{% endif %}
{% if offer.points %}送您一份小礼物：{{ offer.points }} 积分。{% endif %}`,
  },
}

export const birthday: LocalizedTemplates = {
  en: {
    subject: "Happy birthday from {{ store.name }}",
    html: `<p>Happy birthday, {{ member.first_name | default: "dear member" }}!</p>
{% if offer.code %}<p>Your birthday gift: use code <strong>{{ offer.code }}</strong>.</p>{% endif %}
{% if offer.points %}<p>Your birthday gift: {{ offer.points }} bonus points.</p>{% endif %}`,
    text: `Happy birthday, {{ member.first_name | default: "dear member" }}!
{% if offer.code %}Your birthday gift: use code {{ offer.code }}.{% endif %}
{% if offer.points %}Your birthday gift: {{ offer.points }} bonus points.{% endif %}`,
  },
  "zh-CN": {
    subject: "{{ store.name }}祝您生日快乐",
    html: `<p>{{ member.first_name | default: "亲爱的会员" }}，生日快乐！</p>
{% if offer.code %}<p>您的生日礼物：优惠码 <strong>{{ offer.code }}</strong>。</p>{% endif %}
{% if offer.points %}<p>您的生日礼物：{{ offer.points }} 积分。</p>{% endif %}`,
    text: `{{ member.first_name | default: "亲爱的会员" }}，生日快乐！
{% if offer.code %}您的生日礼物：优惠码 {{ offer.code }}。{% endif %}
{% if offer.points %}您的生日礼物：{{ offer.points }} 积分。{% endif %}`,
  },
}
