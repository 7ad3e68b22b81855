import { defineConfig, mergeConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

// The repository tests run on SQLite and, given a test server, on PostgreSQL (test/postgres-setup.ts, decision 020).
export default mergeConfig(sharedTestConfig, defineConfig({ test: { globalSetup: ['test/postgres-setup.ts'] } }))
