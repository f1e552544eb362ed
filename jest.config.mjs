import nextJest from "next/jest.js";

// Four projects: `npm test` runs unit, component and integration (SQLite files);
// `npm run test:pg` runs the same integration suites against PostgreSQL.
const createJestConfig = nextJest({ dir: "./" });

const common = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/setup/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
  },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/tests/e2e/"],
};

const project = async (config) => {
  const resolved = await createJestConfig({ ...common, ...config })();
  return {
    ...resolved,
    moduleNameMapper: { ...common.moduleNameMapper, ...resolved.moduleNameMapper },
    // next-intl and its helpers ship ES modules only: let SWC compile them for Jest. So do marked,
    // feed and sanitize-html's parser (htmlparser2, dom*, entities), and file-type (the case
    // attachments' content check) with its tokenizers, and otplib's hashing and Base32 (@noble,
    // @scure: staff two-factor sign-in).
    transformIgnorePatterns: [
      "/node_modules/(?!(next-intl|use-intl|icu-minify|intl-messageformat|@formatjs|@schummar|marked|feed|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|@noble|@scure)/)",
    ],
  };
};

export default async function config() {
  return {
    projects: await Promise.all([
      project({ displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] }),
      project({
        displayName: "component",
        testEnvironment: "jsdom",
        testMatch: ["<rootDir>/tests/component/**/*.test.tsx"],
        setupFilesAfterEnv: ["<rootDir>/tests/setup/component.ts"],
      }),
      project({
        displayName: "integration",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
        setupFiles: ["<rootDir>/tests/setup/integration-env.ts"],
        setupFilesAfterEnv: ["<rootDir>/tests/setup/integration-db.ts"],
      }),
      project({
        displayName: "integration-pg",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
        globalSetup: "<rootDir>/tests/helpers/pg-global-setup.ts",
        globalTeardown: "<rootDir>/tests/helpers/pg-global-teardown.ts",
        setupFiles: ["<rootDir>/tests/setup/integration-env.ts"],
        setupFilesAfterEnv: ["<rootDir>/tests/setup/integration-db.ts"],
      }),
      project({
        displayName: "e2e",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/e2e/**/*.e2e.ts"],
        testPathIgnorePatterns: ["/node_modules/", "/.next/"],
        globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
        globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts",
        setupFilesAfterEnv: ["<rootDir>/tests/e2e/setup.ts"],
      }),
    ]),
  };
}
