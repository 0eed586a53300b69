import fs from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getResolvedPlugins,
} from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../../src/module-keys"
import { adminHeaders } from "../helpers/auth"
import { settle } from "../helpers/http"
import { createPublishableKey } from "../helpers/store"
import { waitFor } from "../helpers/wait"

jest.setTimeout(120 * 1000)

const ROOT = path.resolve(__dirname, "../..")
const HOST = path.join(ROOT, "integration-tests/plugin-app")
const BUILT = path.join(ROOT, ".medusa/server/src")
const packageJson = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
)

type AdminBundle = {
  widgetModule: { widgets: { zone: string[]; Component: unknown }[] }
  menuItemModule: { menuItems: { label: string; translationNs?: string }[] }
  i18nModule: { resources: Record<string, Record<string, object>> }
}

// What the browser bundle may import: the dashboard's client packages, never the server's.
const SERVER_PACKAGES =
  /^(@medusajs\/(framework|medusa|utils|modules-sdk)|pg|knex)(\/|$)/

medusaIntegrationTestRunner({
  cwd: HOST,
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    it("is resolved from its build with its admin bundle and modules", async () => {
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const plugins = await getResolvedPlugins(HOST, config)
      const plugin = plugins.find((p) => p.name === packageJson.name)

      expect(plugin?.resolve).toEqual(BUILT)
      expect(plugin?.admin).toEqual({
        type: "package",
        resolve: `${packageJson.name}/admin`,
      })
      const modules = (plugin?.modules ?? []) as { resolve: string }[]
      expect(modules.map((m) => path.basename(m.resolve)).sort()).toEqual([
        "member-campaign",
        "member-points",
        "member-segment",
        "member-tier",
      ])

      const adminEntry = path.join(ROOT, packageJson.exports["./admin"].require)
      const loaded = jest.requireActual(adminEntry)
      const bundle: AdminBundle = loaded.default ?? loaded
      expect(
        bundle.widgetModule.widgets.map((widget) => widget.zone).sort()
      ).toEqual([
        ["customer.details.after"],
        ["customer.details.side.before"],
        ["order.details.side.after"],
      ])
    })

    it("ships its admin strings to the dashboard's i18n and imports no server code", () => {
      const adminEntry = path.join(ROOT, packageJson.exports["./admin"].require)
      const loaded = jest.requireActual(adminEntry)
      const bundle: AdminBundle = loaded.default ?? loaded
      const { resources } = bundle.i18nModule
      expect(Object.keys(resources).sort()).toEqual(["en", "zhCN"])
      expect(Object.keys(resources.zhCN.membership)).toEqual(
        Object.keys(resources.en.membership)
      )
      // every sidebar label is a key of the plugin's namespace, in both languages
      const menuItems = bundle.menuItemModule.menuItems
      expect(menuItems.map((item) => item.label)).toEqual(
        expect.arrayContaining([
          "memberList.title",
          "reminders.title",
          "tiers.title",
          "points.program.title",
          "segments.title",
        ])
      )
      const lookup = (tree: unknown, key: string) =>
        key
          .split(".")
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)?.[part],
            tree
          )
      for (const item of menuItems) {
        expect(item.translationNs).toBe("membership")
        for (const language of ["en", "zhCN"] as const) {
          expect(
            typeof lookup(resources[language].membership, item.label)
          ).toBe("string")
        }
      }

      const esm = fs.readFileSync(
        path.join(ROOT, packageJson.exports["./admin"].import),
        "utf8"
      )
      const imported = [...esm.matchAll(/^import .* from "([^"]+)";?$/gm)].map(
        ([, name]) => name
      )
      expect(imported).toEqual(
        expect.arrayContaining(["react-hook-form", "zod", "react-i18next"])
      )
      expect(imported.filter((name) => SERVER_PACKAGES.test(name))).toEqual([])
      const dependencies = Object.keys(packageJson.dependencies)
      const declared = [
        ...dependencies,
        ...Object.keys(packageJson.peerDependencies),
      ]
      const packageOf = (name: string) =>
        name
          .split("/")
          .slice(0, name.startsWith("@") ? 2 : 1)
          .join("/")
      expect(
        imported.map(packageOf).filter((name) => !declared.includes(name))
      ).toEqual([])
    })

    it("migrates its tables and serves its routes", async () => {
      expect(container.resolve(MEMBER_SEGMENT_MODULE)).toBeDefined()
      expect(container.resolve(MEMBER_TIER_MODULE)).toBeDefined()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const tables = await pg("pg_tables")
        .where("tablename", "like", "mbr_%")
        .pluck("tablename")
      expect(tables.sort()).toEqual([
        "mbr_backfill",
        "mbr_customer_metrics",
        "mbr_membership",
        "mbr_message",
        "mbr_order_fact",
        "mbr_order_line_fact",
        "mbr_points_account",
        "mbr_points_entry",
        "mbr_points_program",
        "mbr_purchase_key",
        "mbr_reminder_rule",
        "mbr_rfm_cutoffs",
        "mbr_segment",
        "mbr_segment_dirty_member",
        "mbr_segment_member",
        "mbr_tier",
        "mbr_tier_change",
        "mbr_tier_reevaluation",
      ])

      const admin = await adminHeaders(container)
      const unauthorized = await settle(api.get("/admin/members"))
      expect(unauthorized.status).toBe(401)
      const list = await api.get("/admin/members", admin)
      expect(list.data).toEqual({ members: [], count: 0, offset: 0, limit: 20 })
      const reminders = await api.get("/admin/reminders", admin)
      expect(reminders.data.reminders).toHaveLength(11)
      const tiers = await api.get("/admin/tiers", admin)
      expect(tiers.data).toMatchObject({ tiers: [], count: 0, offset: 0 })

      const { publishableKey } = await createPublishableKey(container)
      const anonymous = await settle(
        api.get("/store/members/me", {
          headers: { "x-publishable-api-key": publishableKey },
        })
      )
      expect(anonymous.status).toBe(401)
    })

    it("runs its subscribers: a new customer becomes a registered member", async () => {
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({
        input: { customersData: [{ email: "host@member.test" }] },
      })
      const admin = await adminHeaders(container)
      const { data } = await waitFor(
        () => settle(api.get(`/admin/members/${customer.id}`, admin)),
        (response) => response.status === 200 && !!response.data.member.email
      )
      expect(data.member).toMatchObject({
        customer_id: customer.id,
        email: "host@member.test",
        stage: "registered",
        metrics: { order_count: 0, currency_code: "eur" },
      })
    })
  },
})
