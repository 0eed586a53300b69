import type { LocalizedTemplates } from "../types"

export const tierReached: LocalizedTemplates = {
  en: {
    subject: "Welcome to {{ tier.name }} at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Congratulations: you are now a <strong>{{ tier.name }}</strong> member. Enjoy your new benefits.</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
Congratulations: you are now a {{ tier.name }} member. Enjoy your new benefits.`,
  },
  "zh-CN": {
    subject: "欢迎成为{{ store.name }}{{ tier.name }}会员",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>恭喜您升级为 <strong>{{ tier.name }}</strong> 会员，尽情享受新的会员权益吧。</p>`,
    text: `{{ member.first_name | default: "您好" }}，
恭喜您升级为 {{ tier.name }} 会员，尽情享受新的会员权益吧。`,
  },
}

export const tierLapsing: LocalizedTemplates = {
  en: {
    subject: "Keep your {{ tier.name }} status at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Your {{ tier.name }} status is up for renewal on {{ tier.expires_at | date: "%Y-%m-%d" }}. {% if amount_needed %}Spend {{ amount_needed | money: currency_code }} more before then to keep it.{% endif %}</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
Your {{ tier.name }} status is up for renewal on {{ tier.expires_at | date: "%Y-%m-%d" }}. {% if amount_needed %}Spend {{ amount_needed | money: currency_code }} more before then to keep it.{% endif %}`,
  },
  "zh-CN": {
    subject: "保持您在{{ store.name }}的{{ tier.name }}等级",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>您的{{ tier.name }}等级将于 {{ tier.expires_at | date: "%Y-%m-%d" }} 到期。{% if amount_needed %}在此之前再消费 {{ amount_needed | money: currency_code }} 即可保级。{% endif %}</p>`,
    text: `{{ member.first_name | default: "您好" }}，
您的{{ tier.name }}等级将于 {{ tier.expires_at | date: "%Y-%m-%d" }} 到期。{% if amount_needed %}在此之前再消费 {{ amount_needed | money: currency_code }} 即可保级。{% endif %}`,
  },
}

export const tierNext: LocalizedTemplates = {
  en: {
    subject: "You are close to {{ tier.name }} at {{ store.name }}",
    html: `<p>Hi {{ member.first_name | default: "there" }},</p>
<p>Only {% if basis == "spend" %}{{ amount_needed | money: currency_code }}{% else %}{{ amount_needed }}{% endif %} more to reach <strong>{{ tier.name }}</strong>.</p>`,
    text: `Hi {{ member.first_name | default: "there" }},
Only {% if basis == "spend" %}{{ amount_needed | money: currency_code }}{% else %}{{ amount_needed }}{% endif %} more to reach {{ tier.name }}.`,
  },
  "zh-CN": {
    subject: "您离{{ store.name }}{{ tier.name }}只差一点了",
    html: `<p>{{ member.first_name | default: "您好" }}，</p>
<p>再{% if basis == "spend" %}消费 {{ amount_needed | money: currency_code }}{% else %}累计 {{ amount_needed }}{% endif %}即可升级为 <strong>{{ tier.name }}</strong>。</p>`,
    text: `{{ member.first_name | default: "您好" }}，
再{% if basis == "spend" %}消费 {{ amount_needed | money: currency_code }}{% else %}累计 {{ amount_needed }}{% endif %}即可升级为 {{ tier.name }}。`,
  },
}
