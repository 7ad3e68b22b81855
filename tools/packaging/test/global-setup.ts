import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { installConsumer, installedFolder, installedThirdParty, tarballDependencies } from '../src/consumer.ts'
import { writeConsumerFiles } from '../src/consumer-files.ts'
import { packAll } from '../src/pack.ts'
import { publishedPackages } from '../src/workspace.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Holds packs/ (the tarballs, and unpacked/), app/ (a supplier on zod 4) and app-zod3/ (a supplier on zod 3). */
    packagingWorkDir: string
  }
}

/**
 * Once for all the packaging tests: pack every published package, then install the tarballs offline into two
 * fresh projects, one whose own zod is zod 4 and one whose own zod is zod 3.
 */
export default function setup(project: TestProject) {
  const started = performance.now()
  const work = mkdtempSync(path.join(tmpdir(), 'open-sds-packaging-'))
  const packages = publishedPackages()
  const packed = packAll(packages, path.join(work, 'packs'))
  const tarballs = tarballDependencies(packed)
  const thirdParty = installedThirdParty(packed)
  const linked = (entries: [string, string][]) =>
    Object.fromEntries(entries.map(([name, dir]) => [name, `link:${dir}`]))

  const zod4 = thirdParty.get('zod')
  if (zod4 === undefined) throw new Error('No published package depends on zod: the zod checks have nothing to show')

  // A supplier on zod 4 who also uses zod themselves (the kernel's README builds its own schema).
  const app = path.join(work, 'app')
  const linkedThirdParty = linked([...thirdParty])
  installConsumer({
    dir: app,
    dependencies: { ...tarballs, zod: `link:${zod4}` },
    overrides: { ...tarballs, ...linkedThirdParty },
  })
  writeConsumerFiles(app, packages)

  // The zod 3 app's own `zod` is zod 3; each package that depends on zod still gets the zod 4 it declares.
  const zodOfEachPackage = packed
    .filter((pkg) => pkg.manifest.dependencies?.['zod'] !== undefined)
    .map((pkg): [string, string] => [`${pkg.manifest.name}>zod`, zod4])
  installConsumer({
    dir: path.join(work, 'app-zod3'),
    dependencies: { ...tarballs, zod: `link:${installedFolder(path.resolve(import.meta.dirname, '..'), 'zod-v3')}` },
    overrides: {
      ...tarballs,
      ...linked([...thirdParty].filter(([name]) => name !== 'zod')),
      ...linked(zodOfEachPackage),
    },
  })

  project.provide('packagingWorkDir', work)
  console.log(
    `Packed ${packed.length} packages and installed them in two projects in ${((performance.now() - started) / 1000).toFixed(1)} s (${work})`,
  )
  return () => rmSync(work, { recursive: true, force: true })
}
