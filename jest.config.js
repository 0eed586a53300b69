const { loadEnv } = require("@medusajs/framework/utils")

loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true, tsx: true },
        transform: { react: { runtime: "automatic" } },
      },
    },
  ],
}

const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: [
    "<rootDir>/.medusa/",
    "<rootDir>/node_modules/",
    "<rootDir>/integration-tests/plugin-app/(node_modules|public|.medusa)/",
  ],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  ...extra,
})

module.exports = {
  projects: [
    project("unit", [
      "<rootDir>/{src,demo,dev}/**/__tests__/**/*.unit.spec.[jt]s",
    ]),
    project("modules", ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], {
      testPathIgnorePatterns: ["\\.unit\\.spec\\.[jt]s$"],
    }),
    project("http", ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"]),
    project("plugin", ["<rootDir>/integration-tests/plugin/**/*.spec.[jt]s"]),
    // Real-browser specs against one seeded host store (npm run test:e2e).
    project("e2e", ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"], {
      globalSetup: "<rootDir>/integration-tests/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/integration-tests/e2e/global-teardown.ts",
    }),
  ],
}
