const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

MetadataStorage.clear()
