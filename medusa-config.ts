import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  notificationModuleFromEnv,
  reminderOptionsFromEnv,
} from "./dev/notification-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// The options a store passes to the plugin; see README "Configuration".
const membershipOptions = {
  membershipCurrency: process.env.MEMBERSHIP_CURRENCY,
  ...reminderOptionsFromEnv(),
}

// This repository is its own dev host: the plugin's modules load from source,
// and Medusa picks up src/{api,admin,subscribers,jobs,workflows,links} directly.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "membership-dev-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "membership-dev-cookie-secret",
    },
  },
  modules: [
    ...[
      "member-segment",
      "member-tier",
      "member-campaign",
      "member-points",
    ].map((name) => ({
      resolve: `./src/modules/${name}`,
      options: membershipOptions,
    })),
    notificationModuleFromEnv(),
    // The HTTP tests pay with a card that is always declined, to fail a real checkout.
    ...(process.env.NODE_ENV === "test"
      ? [
          {
            resolve: "@medusajs/medusa/payment",
            options: {
              providers: [
                {
                  resolve: `${__dirname}/integration-tests/helpers/declining-payment`,
                  id: "test",
                },
              ],
            },
          },
        ]
      : []),
    // Medusa's RBAC module, loaded when its feature flag is on (MEDUSA_FF_RBAC=true).
    ...(process.env.MEDUSA_FF_RBAC === "true"
      ? [{ resolve: "@medusajs/medusa/rbac" }]
      : []),
  ],
})
