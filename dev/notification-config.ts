// The dev host's notification channels and reminder options, from the environment
// (see README "Reminders and messages"). With RESEND_API_KEY, email goes through the
// plugin's Resend provider; otherwise the local provider logs email and SMS.
const env = process.env

const number = (value: string | undefined) =>
  value === undefined || value === "" ? undefined : Number(value)

export function reminderOptionsFromEnv() {
  return {
    storeName: env.MEMBERSHIP_STORE_NAME,
    storeTimeZone: env.MEMBERSHIP_TIME_ZONE,
    defaultLocale: env.MEMBERSHIP_DEFAULT_LOCALE,
    unsubscribeSecret: env.MEMBERSHIP_UNSUBSCRIBE_SECRET,
    publicUrl: env.MEDUSA_BACKEND_URL,
    ...(env.MEMBERSHIP_QUIET_HOURS === "off" ? { quietHours: null } : {}),
  }
}

const LOCAL_CHANNELS = ["feed", "sms"]

export function notificationModuleFromEnv() {
  const resend = env.RESEND_API_KEY
    ? [
        {
          resolve: "./src/providers/notification-resend",
          id: "resend",
          options: {
            channels: ["email"],
            api_key: env.RESEND_API_KEY,
            from: env.RESEND_FROM || "Membership Demo <members@example.com>",
            reply_to: env.RESEND_REPLY_TO,
            base_url: env.RESEND_BASE_URL,
            requests_per_second: number(env.RESEND_REQUESTS_PER_SECOND),
            retry_base_ms: number(env.RESEND_RETRY_BASE_MS),
          },
        },
      ]
    : []
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        ...resend,
        {
          resolve: "@medusajs/medusa/notification-local",
          id: "local",
          options: {
            name: "Local Notification Provider",
            channels: resend.length
              ? LOCAL_CHANNELS
              : [...LOCAL_CHANNELS, "email"],
          },
        },
      ],
    },
  }
}
