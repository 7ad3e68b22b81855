import { defineConfig } from 'vitest/config'
import { reportFile, sharedTestConfig } from '../../vitest.shared.ts'

// Browser journeys in Debian's Chromium, one file at a time: two cores do not run two browsers well.
export default defineConfig({
  ...sharedTestConfig,
  test: {
    ...sharedTestConfig.test,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/reflow-record.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: reportFile('e2e') }]],
  },
})
