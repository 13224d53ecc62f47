import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The engine's tests run first; the platform's (servers, PostgreSQL, chromium) after them, so the heavy suites of
    // the two never compete for the same two cores.
    projects: [
      {
        extends: true,
        test: { name: 'engine', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/platform/**', 'test/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'platform',
          include: ['test/platform/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          // PostgreSQL for the platform tests (DATABASE_URL, or a throwaway cluster when PostgreSQL is installed).
          globalSetup: ['test/platform/pg-setup.ts'],
        },
      },
    ],
  },
});
