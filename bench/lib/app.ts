import path from "path"

import { MedusaApp, MedusaAppMigrateUp } from "@medusajs/framework/modules-sdk"
import {
  ContainerRegistrationKeys,
  Modules,
  ModulesSdkUtils,
} from "@medusajs/framework/utils"

import {
  MEMBER_CAMPAIGN_MODULE,
  MEMBER_POINTS_MODULE,
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../../src/module-keys"

const quietLogger = {
  ...console,
  info: () => undefined,
  log: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
}

const own = (name: string) =>
  path.resolve(__dirname, `../../src/modules/${name}`)

/**
 * Migrates and boots the plugin's modules with the customer and notification
 * modules, email going through the plugin's Resend provider to `resendUrl`.
 */
export const bootApp = async (
  clientUrl: string,
  resendUrl: string,
  options: Record<string, unknown>
) => {
  const connection = ModulesSdkUtils.createPgConnection({ clientUrl })
  const database = { clientUrl }
  const config = {
    sharedResourcesConfig: { database },
    injectedDependencies: {
      [ContainerRegistrationKeys.PG_CONNECTION]: connection,
      [ContainerRegistrationKeys.LOGGER]: quietLogger,
    },
    modulesConfig: {
      [MEMBER_SEGMENT_MODULE]: {
        resolve: own("member-segment"),
        options: { database },
      },
      [MEMBER_TIER_MODULE]: {
        resolve: own("member-tier"),
        options: { database },
      },
      [MEMBER_POINTS_MODULE]: {
        resolve: own("member-points"),
        options: { database },
      },
      [MEMBER_CAMPAIGN_MODULE]: {
        resolve: own("member-campaign"),
        options: { database, ...options },
      },
      [Modules.CUSTOMER]: {
        resolve: "@medusajs/medusa/customer",
        options: { database },
      },
      [Modules.NOTIFICATION]: {
        resolve: "@medusajs/medusa/notification",
        options: {
          database,
          providers: [
            {
              resolve: path.resolve(
                __dirname,
                "../../src/providers/notification-resend"
              ),
              id: "resend",
              options: {
                channels: ["email"],
                api_key: "re_bench",
                from: "Bench <bench@example.com>",
                base_url: resendUrl,
                requests_per_second: 1000,
              },
            },
          ],
        },
      },
    },
  }
  await MedusaAppMigrateUp(config)
  const app = await MedusaApp(config)
  const shutdown = async () => {
    await app.onApplicationPrepareShutdown()
    await app.onApplicationShutdown()
    await connection.destroy()
  }
  return { modules: app.modules, shutdown }
}
