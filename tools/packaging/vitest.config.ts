import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

// No source condition here: these tests load nothing from the workspace; they install the packed packages.
export default defineConfig({
  test: {
    ...sharedTestConfig.test,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
})
