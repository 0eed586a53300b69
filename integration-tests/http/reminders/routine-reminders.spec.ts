import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import dispatchMemberMessages from "../../../src/jobs/dispatch-member-messages"
import runMemberReminders from "../../../src/jobs/run-member-reminders"
import { saveTierWorkflow } from "../../../src/workflows/member-tiers"
import {
  MEMBER_CAMPAIGN_MODULE,
  MEMBER_TIER_MODULE,
} from "../../../src/module-keys"
import type MemberCampaignModuleService from "../../../src/modules/member-campaign/service"
import type MemberTierModuleService from "../../../src/modules/member-tier/service"
import { signUnsubscribeToken } from "../../../src/modules/member-campaign/utils/unsubscribe-token"
import { adminHeaders, customerHeaders } from "../../helpers/auth"
import {
  capture,
  checkout,
  createCheckoutStore,
  shipAndDeliver,
} from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import { createMember, recordOrders } from "../../helpers/members"
import {
  startResendStandIn,
  type ResendStandIn,
} from "../../helpers/resend-stand-in"
import { waitFor } from "../../helpers/wait"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { queueShipmentNoticeWorkflow } from "../../../src/workflows/member-reminders"
import { enqueueMessagesStep } from "../../../src/workflows/member-reminders/steps/enqueue-messages"
import { toReminderMessages } from "../../../src/workflows/member-reminders/to-messages"

const STAND_IN_PORT = 9503
const SECRET = "test-unsubscribe-secret-0123456789abcdef"
process.env.MEMBERSHIP_CURRENCY = "eur"
process.env.RESEND_API_KEY = "re_test_key"
process.env.RESEND_BASE_URL = `http://127.0.0.1:${STAND_IN_PORT}`
process.env.RESEND_RETRY_BASE_MS = "10"
process.env.RESEND_REQUESTS_PER_SECOND = "1000"
process.env.MEMBERSHIP_TIME_ZONE = "Europe/Berlin"
process.env.MEMBERSHIP_STORE_NAME = "Test Store"
process.env.MEMBERSHIP_UNSUBSCRIBE_SECRET = SECRET
jest.setTimeout(180 * 1000)

const HOUR = 3_600_000
const DAY = 24 * HOUR
// Tomorrow 10:00 UTC (11:00 or 12:00 in Berlin): after every real "now" in the
// run, so event-queued messages are due, and outside quiet hours (21:00-08:00).
const T = new Date(Math.ceil(Date.now() / DAY) * DAY + DAY + 10 * HOUR)
const berlinDate = (at: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    month: "2-digit",
    day: "2-digit",
  }).format(at)
const TODAY = berlinDate(T)

const campaignsOf = (c: MedusaContainer): MemberCampaignModuleService =>
  c.resolve(MEMBER_CAMPAIGN_MODULE)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let resend: ResendStandIn

    beforeAll(async () => {
      resend = await startResendStandIn(STAND_IN_PORT)
    })
    afterAll(async () => {
      await resend.close()
    })
    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
      resend.clear()
      resend.failNext.splice(0)
    })

    const enable = (key: string, body: Record<string, unknown> = {}) =>
      api.post(`/admin/reminders/${key}`, { enabled: true, ...body }, admin)
    const messagesOf = (customerId: string) =>
      campaignsOf(container).listMessages({ customer_id: customerId })
    const bySource = async (customerId: string) =>
      Object.fromEntries(
        (await messagesOf(customerId)).map((m) => [m.source_id, m])
      )

    it("sends each scan reminder once, under consent, caps and quiet hours, retrying a 429", async () => {
      for (const key of [
        "unpaid_order",
        "honeymoon",
        "dormant",
        "review_request",
        "birthday",
        "tier_reached",
      ]) {
        await enable(key)
      }
      await enable("holiday", {
        params: {
          holidays: [
            { date: TODAY, name: { en: "Member Day", "zh-CN": "会员日" } },
          ],
        },
      })
      const [month, day] = TODAY.split("-")
      const ada = await createMember(container, {
        email: "ada@member.test",
        first_name: "Ada",
        birthday: `1990-${month}-${day}`,
        email_consent: true,
      })
      const bob = await createMember(container, {
        email: "bob@member.test",
        first_name: "Bob",
      })
      const cy = await createMember(container, {
        email: "cy@member.test",
        first_name: "Cy",
        email_consent: true,
        locale: "zh-CN",
      })
      const dee = await createMember(container, {
        email: "dee@member.test",
        first_name: "Dee",
        email_consent: true,
      })
      // Ada: one order delivered 10 days ago (honeymoon, review request), birthday and holiday today
      await recordOrders(container, ada.id, [
        {
          order_id: "order_ada",
          total: 80,
          placed_at: new Date(T.getTime() - 14 * DAY),
          delivered_at: new Date(T.getTime() - 10 * DAY),
        },
      ])
      // Bob: an order left unpaid for 30 hours; no marketing consent
      await recordOrders(container, bob.id, [
        {
          order_id: "order_bob",
          total: 45,
          placed_at: new Date(T.getTime() - 30 * HOUR),
          paid: false,
        },
      ])
      // Cy: last bought 120 days ago
      await recordOrders(container, cy.id, [
        {
          order_id: "order_cy",
          total: 60,
          placed_at: new Date(T.getTime() - 120 * DAY),
        },
      ])

      const simulated = await api.post(
        "/admin/reminders/simulate",
        { at: T.toISOString() },
        admin
      )
      const entries = simulated.data.reminders.flatMap(
        (r: { key: string; entries: object[] }) =>
          r.entries.map((e) => ({ key: r.key, ...e }))
      )
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            key: "unpaid_order",
            customer_id: bob.id,
            outcome: "send",
            channel: "email",
          }),
          expect.objectContaining({
            key: "holiday",
            customer_id: bob.id,
            outcome: "suppress",
            reason: "no_consent:email",
          }),
          expect.objectContaining({
            key: "dormant",
            customer_id: cy.id,
            outcome: "send",
          }),
          expect.objectContaining({
            key: "birthday",
            customer_id: ada.id,
            outcome: "send",
          }),
        ])
      )
      const night = await api.post(
        "/admin/reminders/simulate",
        {
          at: new Date(T.getTime() + 15 * HOUR).toISOString(),
          keys: ["holiday"],
        },
        admin
      )
      expect(night.data.reminders[0].entries.length).toBe(0) // the holiday is over in Berlin
      expect(await campaignsOf(container).listMessages({})).toHaveLength(0) // the simulator writes nothing

      await runMemberReminders(container, T)
      await runMemberReminders(container, T) // a restarted job queues nothing twice
      expect((await messagesOf(ada.id)).map((m) => m.source_id).sort()).toEqual(
        ["birthday", "holiday", "honeymoon", "review_request"]
      )
      expect((await messagesOf(bob.id)).map((m) => m.source_id).sort()).toEqual(
        ["holiday", "unpaid_order"]
      )
      expect((await messagesOf(cy.id)).map((m) => m.source_id).sort()).toEqual([
        "dormant",
        "holiday",
      ])

      // two workers at once, and Resend rate-limits the first request
      resend.failNext.push(429)
      await Promise.all([
        dispatchMemberMessages(container, T),
        dispatchMemberMessages(container, T),
      ])
      await dispatchMemberMessages(container, T)

      const adaMessages = await messagesOf(ada.id)
      expect(adaMessages.filter((m) => m.status === "sent")).toHaveLength(3)
      expect(
        adaMessages
          .filter((m) => m.status === "suppressed")
          .map((m) => m.reason)
      ).toEqual(["capped:email"])
      const bobs = await bySource(bob.id)
      expect(bobs.unpaid_order).toMatchObject({
        status: "sent",
        category: "transactional",
        recipient: "bob@member.test",
      })
      expect(bobs.holiday).toMatchObject({
        status: "suppressed",
        reason: "no_consent:email",
      })
      const cys = await bySource(cy.id)
      expect(cys.dormant).toMatchObject({ status: "sent", locale: "zh-CN" })
      expect(cys.dormant.subject).toBe("Test Store想念您了")

      const sent = await campaignsOf(container).listMessages({ status: "sent" })
      const keys = resend.keys()
      expect(new Set(keys).size).toBe(sent.length) // each message reached Resend under one key...
      expect(keys.length).toBe(sent.length + 1) // ...and the 429 was retried once
      expect(resend.requests[0].headers["authorization"]).toBe(
        "Bearer re_test_key"
      )
      const unpaidMail = resend.requests.find(
        (r) =>
          r.headers["idempotency-key"] === bobs.unpaid_order.idempotency_key
      )!
      expect(unpaidMail.body.to).toEqual(["bob@member.test"])
      expect(unpaidMail.body.headers).toBeUndefined() // transactional: no unsubscribe headers
      const dormantMail = resend.requests.find(
        (r) => r.headers["idempotency-key"] === cys.dormant.idempotency_key
      )!
      expect(dormantMail.body.headers?.["List-Unsubscribe-Post"]).toBe(
        "List-Unsubscribe=One-Click"
      )
      const link =
        dormantMail.body.headers!["List-Unsubscribe"].match(/^<(.+)>$/)![1]
      expect(dormantMail.body.text).toContain(link)

      // one click from the mail client (RFC 8058): Cy's email consent is withdrawn
      const url = new URL(link)
      const forged = `${url.searchParams.get("token")!.slice(0, -2)}xx`
      const tiers: MemberTierModuleService =
        container.resolve(MEMBER_TIER_MODULE)
      for (const [token, reason] of [
        [forged, "token is not genuine"],
        [
          signUnsubscribeToken(
            { customer_id: cy.id, channel: "email", exp: 1 },
            SECRET
          ),
          "token has expired",
        ],
        ["", "token"],
      ]) {
        const bad = await settle(
          api.post(
            `/members/unsubscribe?token=${encodeURIComponent(token)}`,
            {}
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(reason)
      }
      expect(
        (await tiers.listMemberships({ customer_id: cy.id }))[0].email_consent
      ).toBe(true)
      const clicked = await api.post(
        `${url.pathname}${url.search}`,
        "List-Unsubscribe=One-Click",
        {
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }
      )
      expect(clicked.data).toEqual({ unsubscribed: { channel: "email" } })
      expect(
        (await tiers.listMemberships({ customer_id: cy.id }))[0]
      ).toMatchObject({ email_consent: false })

      // at night: a tier notice for Dee waits for the morning; Cy's is not sent (unsubscribed)
      for (const tier of [
        { name: "Member", handle: "member", rank: 0, threshold: 0 },
        { name: "Gold", handle: "gold", rank: 1, threshold: 10_000 },
      ]) {
        await saveTierWorkflow(container).run({
          input: { tier: { basis: "spend", window: "lifetime", ...tier } },
        })
      }
      const [gold] = await tiers.listTiers({ handle: "gold" })
      const eventBus = container.resolve(Modules.EVENT_BUS)
      await eventBus.emit({
        name: "member.tiers_changed",
        data: {
          moves: [dee, cy].map((member) => ({
            customer_id: member.id,
            from_tier_id: null,
            to_tier_id: gold.id,
            reason: "admin",
          })),
        },
      })
      await waitFor(
        () =>
          campaignsOf(container).listMessages({ source_id: "tier_reached" }),
        (rows) => rows.length === 2
      )
      const nightAt = new Date(T.getTime() + 15 * HOUR)
      await dispatchMemberMessages(container, nightAt)
      const deeTier = (await bySource(dee.id)).tier_reached
      expect(deeTier).toMatchObject({ status: "queued", reason: "quiet_hours" })
      expect(berlinHour(deeTier.send_after)).toBe(8)
      expect((await bySource(cy.id)).tier_reached).toMatchObject({
        status: "suppressed",
        reason: "no_consent:email",
      })
      await dispatchMemberMessages(container, new Date(T.getTime() + 22 * HOUR))
      expect((await bySource(dee.id)).tier_reached).toMatchObject({
        status: "sent",
        reason: "postponed:quiet_hours",
      })

      // an unpaid order of the unsubscribed Cy: transactional, still sent
      await recordOrders(container, cy.id, [
        {
          order_id: "order_cy_2",
          total: 30,
          placed_at: new Date(T.getTime() - 2 * DAY),
          paid: false,
        },
      ])
      await runMemberReminders(container, T)
      await dispatchMemberMessages(container, T)
      expect((await bySource(cy.id)).unpaid_order).toMatchObject({
        status: "sent",
        category: "transactional",
      })
    })

    it("tells a member their parcel left, in their language, once; erases them on request", async () => {
      await enable("shipment_sent")
      const store = await createCheckoutStore(container)
      const eve = await createMember(container, {
        email: "eve@member.test",
        first_name: "Eve",
      })
      const headers = await customerHeaders(
        container,
        eve,
        store.publishable_key
      )

      const prefs = await api.post(
        "/store/members/me/preferences",
        { locale: "zh-CN", channels: { sms: false } },
        headers
      )
      expect(prefs.data.preferences).toEqual({
        locale: "zh-CN",
        channels: { email: false, sms: false },
      })
      for (const [body, field] of [
        [{ locale: "not a locale!" }, "locale"],
        [{ channels: { fax: true } }, "fax"],
        [{ colour: "red" }, "colour"],
      ] as const) {
        const bad = await settle(
          api.post("/store/members/me/preferences", body, headers)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(field)
      }

      const orderId = await checkout(container, store, eve, [
        { variant_id: store.products[0].variant_id, quantity: 1 },
      ])
      await capture(container, orderId)
      await shipAndDeliver(container, orderId)
      const [notice] = await waitFor(
        () => messagesOf(eve.id),
        (rows) => rows.length === 1
      )
      expect(notice).toMatchObject({
        source_id: "shipment_sent",
        category: "transactional",
        status: "queued",
      })

      // the same shipment again (a redelivered event) queues nothing
      const replay = await queueShipmentNoticeWorkflow(container).run({
        input: { fulfillment_id: notice.reference.replace("shipment:", "") },
      })
      expect(replay.result.queued).toBe(0)

      await dispatchMemberMessages(container)
      await dispatchMemberMessages(container)
      const sent = (await messagesOf(eve.id))[0]
      expect(sent).toMatchObject({
        status: "sent",
        locale: "zh-CN",
        recipient: "eve@member.test",
      })
      expect(sent.subject).toBe("您在Test Store的订单已发货")
      expect(resend.keys()).toEqual([sent.idempotency_key]) // without marketing consent: transactional
      expect(resend.requests[0].body.headers).toBeUndefined()

      const detail = await api.get(`/admin/member-messages/${sent.id}`, admin)
      expect(detail.data.message.rendered.html).toContain("包裹已从仓库发出")
      const log = await api.get(
        `/admin/member-messages?customer_id=${eve.id}&status=sent`,
        admin
      )
      expect(log.data).toMatchObject({ count: 1, offset: 0, limit: 20 })

      await container
        .resolve(Modules.EVENT_BUS)
        .emit([{ name: "member.data_erased", data: { customer_id: eve.id } }])
      const [erased] = await waitFor(
        () => campaignsOf(container).listMessages({ id: sent.id }),
        (rows) => rows[0].customer_id === null
      )
      expect(erased).toMatchObject({
        status: "sent",
        recipient: null,
        subject: null,
        body_html: null,
        body_text: null,
        data: null,
      })
      expect(erased.idempotency_key).toBe(sent.idempotency_key)
    })

    it("rejects bad reminder input with a 4xx naming the field and changes nothing", async () => {
      const before = (await api.get("/admin/reminders/dormant", admin)).data
        .reminder
      expect(before).toMatchObject({
        enabled: false,
        params: { after_days: 90, within_days: 365 },
      })
      const cases: [string, Record<string, unknown>, number, string][] = [
        ["/admin/reminders/weekly_spam", { enabled: true }, 404, "weekly_spam"],
        [
          "/admin/reminders/dormant",
          { enabled: true, params: { after_days: -5 } },
          400,
          "params.after_days",
        ],
        ["/admin/reminders/dormant", { params: { cadence: 3 } }, 400, "params"],
        [
          "/admin/reminders/dormant",
          { enabled: true, templates: { en: { subject: "{% if %}Hi" } } },
          400,
          "templates.en.subject",
        ],
        [
          "/admin/reminders/dormant",
          { templates: { fr: { subject: "Salut" } } },
          400,
          "fr",
        ],
        [
          "/admin/reminders/dormant",
          { enabled: true, offer: { type: "promotion", code: "NOPE" } },
          400,
          "offer.code",
        ],
        ["/admin/reminders/dormant", { channels: ["pigeon"] }, 400, "channels"],
        ["/admin/reminders/simulate", { at: "soon" }, 400, "at"],
        [
          "/admin/reminders/simulate",
          { at: T.toISOString(), keys: ["weekly_spam"] },
          404,
          "weekly_spam",
        ],
        [
          "/admin/reminders/dormant/test-send",
          { to: "not-an-address" },
          400,
          "to",
        ],
      ]
      for (const [path, body, status, field] of cases) {
        const response = await settle(api.post(path, body, admin))
        expect([path, response.status]).toEqual([path, status])
        expect(response.data.message).toContain(field)
      }
      expect(
        (await api.get("/admin/reminders/dormant", admin)).data.reminder
      ).toEqual(before)

      const preview = await api.post(
        "/admin/reminders/dormant/preview",
        {
          templates: { en: { subject: "Come back, {{ member.first_name }}" } },
        },
        admin
      )
      expect(preview.data.preview.en.subject).toBe("Come back, Alex")
      expect(preview.data.preview["zh-CN"].subject).toBe("Test Store想念您了")
      const testSend = await api.post(
        "/admin/reminders/dormant/test-send",
        { to: "owner@shop.test", locale: "zh-CN" },
        admin
      )
      expect(testSend.data.test_send.notification_id).toBeTruthy()
      expect(resend.requests.map((r) => r.body.to)).toEqual([
        ["owner@shop.test"],
      ])
      expect(resend.requests[0].body.subject).toBe("[Test] Test Store想念您了")

      const list = await api.get("/admin/reminders", admin)
      expect(
        list.data.reminders.map((r: { key: string }) => r.key)
      ).toHaveLength(11)
      expect(list.data.reminders[0]).toMatchObject({
        key: "unpaid_order",
        category: "transactional",
        counts_7d: { sent: 0 },
      })
    })

    it("undoes a queueing when a later step fails", async () => {
      const ada = await createMember(container, {
        email: "ada@member.test",
        first_name: "Ada",
        email_consent: true,
      })
      const messages = toReminderMessages(
        "holiday",
        ["email"],
        [{ customer_id: ada.id, reference: "holiday:test", data: {} }]
      )
      const boom = createStep("test-fail-after-enqueue", async () => {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "later step failed"
        )
      })
      const failing = createWorkflow("test-enqueue-then-fail", () => {
        enqueueMessagesStep(messages)
        boom()
        return new WorkflowResponse(true)
      })
      const { errors } = await failing(container).run({ throwOnError: false })
      expect(errors[0].error.message).toContain("later step failed")
      expect(await messagesOf(ada.id)).toHaveLength(0)
    })
  },
})

const berlinHour = (at: Date | string) =>
  Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(new Date(at))
  )
