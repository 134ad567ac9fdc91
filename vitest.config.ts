import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel; every test that touches Neo4j or the browser
// (`*.db.test.ts`, `*.e2e.test.ts`) runs one file at a time against the one real database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['packages/*/src/**/*.db.test.ts', 'packages/*/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./packages/db/src/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
