import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Pages and actions reach the database only through lib/data (the server-only layer).
const DATA_LAYER_PATTERNS = [
  {
    group: ["**/generated/prisma/**", "**/generated/prisma-pg/**", "@prisma/client", "@prisma/client/*"],
    message: "Use the data layer in lib/data instead of Prisma directly.",
  },
  {
    // lib/db is the data layer's plumbing (the client, transactions): nothing else opens it.
    group: ["**/lib/db/*", "../db/*", "../../db/*", "./db/*"],
    message: "Only lib/data may use lib/db: add a function to the data layer instead.",
  },
];

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
      "no-restricted-imports": ["error", { patterns: DATA_LAYER_PATTERNS }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Console and account pages link to pages rendered per request: prefetch them only on intent
    // (one console page view made about 40 server renders of pages nobody opened).
    files: ["app/**/(admin)/**", "app/**/(account)/**", "components/**"],
    ignores: ["components/ui/intent-link.tsx", "components/boards/**", "components/layout/nav-links.tsx", "components/layout/site-*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: DATA_LAYER_PATTERNS,
          paths: [{ name: "next/link", message: "Use IntentLink from components/ui/intent-link (prefetch on hover or focus only)." }],
        },
      ],
    },
  },
  {
    // The data layer, scripts, seeds, benchmarks and tests may use Prisma.
    files: ["lib/db/**", "lib/data/**", "scripts/**", "bench/**", "tests/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
