import { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import DEMO_ADMIN from "./admin.json"
import { seedDemoStore } from "./seed-demo-store"
import { isDemoSizeName } from "./sizes"

// Usage: medusa exec ./demo/seed.ts [size=small|full] [seed=N] [concurrency=N] [admin]
// (the CLI rejects dashed options after the file: pass them as name=value)
const option = (args: string[], name: string) =>
  args
    .map((arg) => arg.replace(/^--/, ""))
    .find((arg) => arg.startsWith(`${name}=`))
    ?.slice(name.length + 1)

export default async function seedDemo({ container, args = [] }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const size = option(args, "size") ?? "full"
  if (!isDemoSizeName(size)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown demo size "${size}": use small or full`
    )
  }
  const seed = option(args, "seed")
  const concurrency = option(args, "concurrency")
  const summary = await seedDemoStore(container, {
    size,
    seed: seed ? Number(seed) : undefined,
    concurrency: concurrency ? Number(concurrency) : undefined,
    reminders: true,
    admin: args.some((arg) => arg.replace(/^--/, "") === "admin")
      ? DEMO_ADMIN
      : undefined,
  })
  const { orders } = summary
  logger.info(
    summary.skipped
      ? `Demo store (${size}) already seeded: ${orders.planned} orders, ${summary.customers} customers (checked in ${summary.seconds.toFixed(1)} s)`
      : `Demo store (${size}) seeded in ${summary.seconds.toFixed(1)} s: ${summary.products} products, ${summary.customers} customers, ${orders.planned} orders (${orders.created} created, ${orders.resumed} resumed)`
  )
  if (summary.timings) {
    logger.info(`Seeding steps: ${summary.timings}`)
  }
  process.stdout.write(`DEMO_PUBLISHABLE_KEY=${summary.publishableKey}\n`)
}
