import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot, tarballName, type WorkspacePackage } from './workspace.ts'

export type Packed = WorkspacePackage & {
  tarball: string
  /** The tarball unpacked, as a registry would serve it (its `package/` folder). */
  unpacked: string
}

/**
 * `pnpm pack` each package into `destination` (pnpm applies `publishConfig`, as `pnpm publish` does) and unpack it
 * beside, so the checks read exactly what a supplier would download.
 */
export function packAll(packages: WorkspacePackage[], destination: string): Packed[] {
  mkdirSync(destination, { recursive: true })
  const unbuilt = packages.filter((pkg) => !existsSync(path.join(pkg.dir, 'dist', 'index.js')))
  if (unbuilt.length > 0) {
    const names = unbuilt.map((pkg) => pkg.manifest.name).join(', ')
    throw new Error(`Not built: ${names}. Run \`pnpm exec turbo run build --filter=./packages/*\` first`)
  }
  // One recursive pnpm run packs them all: starting pnpm once per package costs seconds each on a busy machine.
  const filters = packages.flatMap((pkg) => ['--filter', pkg.manifest.name])
  execFileSync('pnpm', ['-r', ...filters, 'pack', '--pack-destination', destination], {
    cwd: repositoryRoot,
    stdio: 'pipe',
  })
  return packages.map((pkg) => {
    const tarball = path.join(destination, tarballName(pkg.manifest))
    const unpacked = path.join(destination, 'unpacked', pkg.folder)
    mkdirSync(unpacked, { recursive: true })
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked])
    return { ...pkg, tarball, unpacked: path.join(unpacked, 'package') }
  })
}
