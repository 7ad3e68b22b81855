// The repository's own checks (lint rules, decision records), run by `pnpm test:repo`; each package has its own config.
import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from './vitest.shared.ts'

export default defineConfig(sharedTestConfig)
