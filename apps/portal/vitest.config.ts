import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { reportFile, sharedTestConfig } from '../../vitest.shared.ts'

// Unit tests of the server modules, and route tests against the built portal on a real SQLite file (and PostgreSQL).
export default defineConfig({
  ...sharedTestConfig,
  resolve: { ...sharedTestConfig.resolve, alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) } },
  test: {
    ...sharedTestConfig.test,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    // On PostgreSQL as well as SQLite when there is a test server; under CI there must be one (decision 021).
    globalSetup: ['test/support/postgres-required.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: reportFile('routes') }]],
  },
})
