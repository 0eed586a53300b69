import type { SupportedLocale } from "../modules/member-campaign/utils/locale"

type LayoutContext = {
  store: { name: string }
  unsubscribe_url?: string | null
}

const FOOTER: Record<SupportedLocale, { unsubscribe: string; why: string }> = {
  en: {
    unsubscribe: "Unsubscribe from these messages",
    why: "You receive this message as a member of",
  },
  "zh-CN": {
    unsubscribe: "退订此类消息",
    why: "您收到此消息是因为您是以下商店的会员：",
  },
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The shell around every HTML message: store name, body, and for marketing the unsubscribe link. */
export function wrapHtml(
  body: string,
  context: LayoutContext,
  locale: SupportedLocale
) {
  const footer = FOOTER[locale]
  const store = escape(context.store.name)
  const unsubscribe = context.unsubscribe_url
    ? `<p><a href="${escape(context.unsubscribe_url)}">${footer.unsubscribe}</a></p>`
    : ""
  return `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<h2>${store}</h2>
${body.trim()}
<hr><p style="color:#666;font-size:12px">${footer.why} ${store}.</p>${unsubscribe}
</body></html>`
}

export function wrapText(
  body: string,
  context: LayoutContext,
  locale: SupportedLocale
) {
  const footer = FOOTER[locale]
  const unsubscribe = context.unsubscribe_url
    ? `\n${footer.unsubscribe}: ${context.unsubscribe_url}`
    : ""
  return `${body.replace(/\n{3,}/g, "\n\n")}\n\n-- \n${footer.why} ${context.store.name}.${unsubscribe}\n`
}
