import { parseResendOptions } from "../options"
import { toResendEmail } from "../payload"
import { backoffMs, isRetryable, withRetries } from "../retry"

const options = parseResendOptions({
  api_key: "re_x",
  from: "Shop <shop@x.test>",
  reply_to: "help@x.test",
})

describe("Resend provider", () => {
  it("adds one-click unsubscribe headers to marketing emails only", () => {
    const marketing = toResendEmail(
      {
        to: "a@x.test",
        channel: "email",
        template: "dormant",
        content: { subject: "Hi", html: "<p>Hi</p>", text: "Hi" },
        data: { unsubscribe_url: "https://x.test/u?token=t" },
      },
      options
    )
    expect(marketing).toMatchObject({
      from: "Shop <shop@x.test>",
      to: ["a@x.test"],
      replyTo: "help@x.test",
      headers: {
        "List-Unsubscribe": "<https://x.test/u?token=t>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    })
    const transactional = toResendEmail(
      {
        to: "a@x.test",
        channel: "email",
        template: "shipment_sent",
        content: { subject: "Sent", text: "Sent" },
      },
      options
    )
    expect(transactional.headers).toBeUndefined()
    expect(() =>
      toResendEmail(
        { to: "a@x.test", channel: "email", template: "x" },
        options
      )
    ).toThrow("no subject or body")
  })

  it("validates its options with messages naming them", () => {
    expect(() => parseResendOptions({ from: "x" })).toThrow(/api_key.*from/)
    expect(parseResendOptions({ api_key: "k", from: "a@b.c" })).toMatchObject({
      requests_per_second: 2,
      max_retries: 4,
    })
  })

  it("retries 429, 5xx and network failures with growing backoff, not other 4xx", async () => {
    expect([429, 500, 503, null].every(isRetryable)).toBe(true)
    expect([400, 401, 422].some(isRetryable)).toBe(false)
    expect(backoffMs(3, 100, 0, () => 1)).toBe(800)
    expect(backoffMs(0, 100, 2000, () => 1)).toBe(2000)
    const answers = [
      { ok: false as const, status: 429, message: "slow down" },
      { ok: false as const, status: 502, message: "bad gateway" },
      { ok: true as const, value: "email_1" },
    ]
    let calls = 0
    const result = await withRetries(async () => answers[calls++], {
      retries: 4,
      baseMs: 1,
    })
    expect(result).toEqual({ ok: true, value: "email_1" })
    expect(calls).toBe(3)
    calls = 0
    const refused = await withRetries(
      async () => ({ ok: false as const, status: 422, message: "bad" }),
      { retries: 4, baseMs: 1 }
    )
    expect(refused.ok).toBe(false)
  })
})
