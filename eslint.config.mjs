import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "lib/generated/**",
      "prisma/generated/**",
      "tests/e2e/screenshots/**",
      "coverage/**",
      "next-env.d.ts",
      "bench/results/**",
    ],
  },
  {
    rules: {
      // Pages and actions reach the database only through lib/data (the server-only layer).
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma/**", "**/generated/prisma-pg/**", "@prisma/client", "@prisma/client/*"],
              message: "Use the data layer in lib/data instead of Prisma directly.",
            },
            {
              // lib/db is the data layer's plumbing (the client, transactions): nothing else opens it.
              group: ["**/lib/db/*", "../db/*", "../../db/*", "./db/*"],
              message: "Only lib/data may use lib/db: add a function to the data layer instead.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data layer, scripts, seeds, benchmarks and tests may use Prisma.
    files: ["lib/db/**", "lib/data/**", "scripts/**", "bench/**", "tests/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
