import path from "path"

import { MedusaApp, MedusaAppMigrateUp } from "@medusajs/framework/modules-sdk"
import {
  ContainerRegistrationKeys,
  ModulesSdkUtils,
} from "@medusajs/framework/utils"

import { MEMBER_SEGMENT_MODULE } from "../../src/module-keys"
import type MemberSegmentModuleService from "../../src/modules/member-segment/service"

const quietLogger = {
  ...console,
  info: () => undefined,
  log: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
}

/** Migrates and boots the member-segment module alone against a database. */
export const bootModule = async (clientUrl: string) => {
  const { service, shutdown } = await bootPluginModule(
    clientUrl,
    MEMBER_SEGMENT_MODULE,
    "member-segment"
  )
  return { service: service as MemberSegmentModuleService, shutdown }
}

/** Migrates and boots one of the plugin's modules alone against a database. */
export const bootPluginModule = async (
  clientUrl: string,
  key: string,
  directory: string
) => {
  const connection = ModulesSdkUtils.createPgConnection({ clientUrl })
  const options = {
    sharedResourcesConfig: { database: { clientUrl } },
    injectedDependencies: {
      [ContainerRegistrationKeys.PG_CONNECTION]: connection,
      [ContainerRegistrationKeys.LOGGER]: quietLogger,
    },
    modulesConfig: {
      [key]: {
        resolve: path.resolve(__dirname, "../../src/modules", directory),
        options: { database: { clientUrl } },
      },
    },
  }
  await MedusaAppMigrateUp(options)
  const app = await MedusaApp(options)
  const service = app.modules[key] as unknown
  const shutdown = async () => {
    await app.onApplicationPrepareShutdown()
    await app.onApplicationShutdown()
    await connection.destroy()
  }
  return { service, shutdown }
}
