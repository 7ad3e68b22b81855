import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultServerConditions } from 'vite'
import type { ViteUserConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript source in tests, so no build is needed to test a change.
export const sourceConditions = ['@open-sds/source', ...defaultServerConditions]

/** Each run also writes a JSON report to the package's test-results/, which `npm test` adds up into one closing line. */
export function reportFile(kind: string): string {
  return path.join(process.cwd(), 'test-results', `${kind}.json`)
}

export const sharedTestConfig: ViteUserConfig = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    environment: 'node',
    // turbo tests several packages at once on two cores: property tests and hashes slow on purpose passed 5 s there.
    testTimeout: 20_000,
    include: ['test/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    reporters: ['default', ['json', { outputFile: reportFile('unit') }]],
  },
}
