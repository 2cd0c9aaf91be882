/**
 * `npm test` runs the three projects: unit and slow together on two workers (the CI machine has two
 * cores), then e2e on two (each test drives its own Chromium):
 * - unit: everything under test/ but test/e2e and the slow files (node; files with a `@jest-environment
 *   jsdom` docblock in jsdom): `npm run test:unit` runs it alone, in under three minutes;
 * - slow: `*.slow.test.ts(x)`, whole workflows through the pane, axe over every tab in jsdom, 100,000-row
 *   reads through the fake Excel;
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
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '\\.slow\\.test\\.tsx?$'],
      setupFiles: ['<rootDir>/test/helpers/jsdom-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-dom.ts'],
    },
    {
      ...shared,
      displayName: 'slow',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.slow.test.ts', '**/*.slow.test.tsx'],
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
