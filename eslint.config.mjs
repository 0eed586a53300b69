import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".medusa/",
      ".artifacts/",
      "src/modules/*/migrations/",
      "integration-tests/plugin-app/.medusa/",
      "integration-tests/plugin-app/public/",
      ".e2e/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Schemas are shared with the admin bundle, which must not pull in the framework.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@medusajs/framework/zod",
              message:
                'Import { z } from "zod": it is the same instance (src/api/__tests__/zod.unit.spec.ts) and the admin can load it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: [
      "dev/**",
      "demo/**",
      "bench/**",
      "integration-tests/**",
      "**/__tests__/**",
    ],
    rules: { "no-console": "off" },
  }
)
