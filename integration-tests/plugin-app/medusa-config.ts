import { defineConfig } from "@medusajs/framework/utils"

// A host store that installs the *built* plugin, the way a merchant's app does.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "plugin-app-jwt-secret",
      cookieSecret: "plugin-app-cookie-secret",
    },
  },
  plugins: [
    {
      resolve: "../..",
      options: {
        membershipCurrency: "eur",
        // The browser specs run at any hour: reminders send at once instead of
        // waiting out the night (the HTTP tests cover quiet hours).
        quietHours: null,
      },
    },
  ],
  modules: [
    // The reminders send email and SMS: the local provider logs them (as the demo does without Resend).
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: {
              name: "Local Notification Provider",
              channels: ["feed", "email", "sms"],
            },
          },
        ],
      },
    },
  ],
})
