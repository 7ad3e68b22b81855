import { spawnSync } from 'node:child_process'
import path from 'node:path'

const bin = (name: string) => path.resolve(import.meta.dirname, '..', 'node_modules', '.bin', name)

export type Ran = { status: number | null; output: string }

/**
 * Runs one of this package's tools (tsx, tsc) in a consumer project. The tools come from the workspace, so the
 * consumer needs nothing from the registry; what they load (`@open-sds/...`, zod) resolves from the consumer's own
 * node_modules, as it would for a supplier.
 */
export function runTool(tool: 'tsx' | 'tsc', args: string[], cwd: string): Ran {
  const ran = spawnSync(bin(tool), args, { cwd, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 })
  return { status: ran.status, output: `${ran.stdout}${ran.stderr}`.trim() }
}
