/**
 * `npm test` runs both projects, one after the other: unit on two workers (the CI machine has two
 * cores), then e2e on one (each test drives its own Chromium):
 * - unit: everything under test/ but test/e2e (node; files with a `@jest-environment jsdom` docblock in jsdom);
 * - e2e: test/e2e, against the production bundle in dist/ (built once by test/e2e/global-setup.ts,
 *   reused while fresh) in Debian's Chromium (/usr/bin/chromium) through playwright-core.
 * TypeScript is compiled by esbuild (test/helpers/esbuild-transform.mjs), not type-checked: `npm run
 * typecheck` does that, once, before the tests.
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': '<rootDir>/test/helpers/esbuild-transform.mjs' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Two workers share two cores: a long jsdom test (axe over a whole tab) may take twice its time alone.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      setupFiles: ['<rootDir>/test/helpers/jsdom-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-dom.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
    },
  ],
};
