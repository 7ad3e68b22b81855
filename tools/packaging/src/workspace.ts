import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..')

export type Manifest = {
  name: string
  version: string
  private?: boolean
  main?: string
  types?: string
  license?: string
  homepage?: string
  repository?: { type?: string; url?: string; directory?: string }
  exports?: unknown
  publishConfig?: Record<string, unknown>
  files?: string[]
  bin?: Record<string, string>
  dependencies?: Record<string, string>
}

export type WorkspacePackage = {
  /** The folder name under packages/, e.g. `ras`. */
  folder: string
  dir: string
  manifest: Manifest
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/** Every package under packages/ that is published (not private), in folder order. */
export function publishedPackages(): WorkspacePackage[] {
  const packagesDir = path.join(repositoryRoot, 'packages')
  return readdirSync(packagesDir)
    .filter((folder) => existsSync(path.join(packagesDir, folder, 'package.json')))
    .map((folder) => {
      const dir = path.join(packagesDir, folder)
      return { folder, dir, manifest: readJson<Manifest>(path.join(dir, 'package.json')) }
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.folder.localeCompare(b.folder))
}

/** `@open-sds/support-planning` -> `open-sds-support-planning-0.1.0.tgz`, the name `pnpm pack` gives the tarball. */
export function tarballName(manifest: Manifest): string {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`
}
