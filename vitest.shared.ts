import { fileURLToPath } from 'node:url'
import { defaultServerConditions } from 'vite'
import type { ViteUserConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript source in tests, so no build is needed to test a change.
export const sourceConditions = ['@open-sds/source', ...defaultServerConditions]

export const sharedTestConfig: ViteUserConfig = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
  },
}
