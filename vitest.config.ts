import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PostgreSQL for the platform tests (DATABASE_URL, or a throwaway cluster when PostgreSQL is installed).
    globalSetup: ['test/platform/pg-setup.ts'],
  },
});
