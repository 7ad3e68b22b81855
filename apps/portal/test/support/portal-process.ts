import { fileURLToPath } from 'node:url'
import {
  runPortalExpectingExit as runExpectingExit,
  startPortal as start,
  type PortalOptions,
} from '@open-sds/portal-harness'

export type { RunningPortal } from '@open-sds/portal-harness'

// The harness starts any built portal; these tests start this one.
const portalDir = fileURLToPath(new URL('../..', import.meta.url))

export const startPortal = (options: Omit<PortalOptions, 'portalDir'> = {}) => start({ ...options, portalDir })

export const runPortalExpectingExit = (env: Record<string, string>) => runExpectingExit(portalDir, env)
