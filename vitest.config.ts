import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'cms/src'),
}

// Integration suites boot Payload on their own throwaway database; on two cores they run one
// file at a time so each keeps its timings honest and its memory bounded.
const integration = {
  resolve: { alias },
  // Admin components are .tsx; tsconfig keeps JSX for Next to compile, so the tests compile it here.
  oxc: { jsx: { runtime: 'automatic' as const } },
  test: {
    include: ['tests/int/**/*.int.spec.ts'],
    setupFiles: ['tests/setup/isolatedEnv.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks' as const,
  },
}

export default defineConfig({
  test: {
    // One test file at a time across all projects: integration files build sites, e2e files start
    // a CMS server and a browser; on two cores, overlapping them only makes every timing noisier.
    maxWorkers: 1,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'site/src/**/*.test.ts', 'site/builder/**/*.test.ts'] },
      },
      {
        ...integration,
        test: {
          ...integration.test,
          name: 'int:sqlite',
          env: { TEST_DATABASE: 'sqlite', LOG_LEVEL: 'warn' },
        },
      },
      // The same suites against MongoDB when a server is given; without one, a single visible skip.
      process.env.MONGODB_URI
        ? {
            ...integration,
            test: {
              ...integration.test,
              name: 'int:mongodb',
              env: { TEST_DATABASE: 'mongodb', LOG_LEVEL: 'warn' },
            },
          }
        : { test: { name: 'int:mongodb', include: ['tests/mongodb-skipped.spec.ts'] } },
      // A real `next start` of the built CMS (built first when cms/src is newer) and Chromium: one
      // file at a time, since each starts its own server and browser on a 2-core machine.
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          setupFiles: ['tests/setup/isolatedEnv.ts'],
          fileParallelism: false,
          pool: 'forks' as const,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
