import { execFileSync } from 'node:child_process'
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Packed } from './pack.ts'
import { repositoryRoot } from './workspace.ts'

/**
 * Where the workspace's own install put each third-party dependency of the published packages (zod, drizzle-orm,
 * better-sqlite3 with its native addon already built). A consumer project links to these folders instead of asking
 * the registry: `pnpm install --offline` then needs neither the network nor pnpm's metadata cache, which a clean
 * clone's `pnpm install --frozen-lockfile` does not fill.
 */
export function installedThirdParty(packed: Packed[]): Map<string, string> {
  const found = new Map<string, string>()
  const ours = new Set(packed.map((pkg) => pkg.manifest.name))
  for (const pkg of packed) {
    for (const name of Object.keys(pkg.manifest.dependencies ?? {})) {
      if (ours.has(name) || found.has(name)) continue
      found.set(name, realpathSync(path.join(pkg.dir, 'node_modules', name)))
    }
  }
  return found
}

/** A folder the workspace installed, by the name it is installed under in `fromDir` (e.g. `zod-v3`). */
export function installedFolder(fromDir: string, name: string): string {
  return realpathSync(path.join(fromDir, 'node_modules', name))
}

export type ConsumerSpec = {
  dir: string
  dependencies: Record<string, string>
  overrides: Record<string, string>
}

/**
 * A supplier's project: `type: module`, its dependencies as given, `@types/node` for the examples that use Node's
 * modules, installed with pnpm offline from the local store into its own node_modules (no workspace).
 */
export function installConsumer(spec: ConsumerSpec): void {
  mkdirSync(spec.dir, { recursive: true })
  const manifest = {
    name: path.basename(spec.dir),
    version: '0.0.0',
    private: true,
    type: 'module',
    dependencies: spec.dependencies,
    devDependencies: { '@types/node': `link:${installedFolder(repositoryRoot, '@types/node')}` },
    pnpm: { overrides: spec.overrides },
  }
  writeFileSync(path.join(spec.dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  execFileSync(
    'pnpm',
    [
      'install',
      '--offline',
      '--ignore-workspace',
      '--no-frozen-lockfile',
      '--config.confirmModulesPurge=false',
      '--reporter=silent',
    ],
    { cwd: spec.dir, stdio: 'pipe', env: { ...process.env, npm_config_verify_deps_before_run: 'false' } },
  )
}

/** Each published package from its tarball, for the consumer's own dependencies and for theirs on each other. */
export function tarballDependencies(packed: Packed[]): Record<string, string> {
  return Object.fromEntries(packed.map((pkg) => [pkg.manifest.name, `file:${pkg.tarball}`]))
}
