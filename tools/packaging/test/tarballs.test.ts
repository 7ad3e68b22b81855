import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { type Manifest, publishedPackages, readJson, repositoryRoot } from '../src/workspace.ts'

const work = inject('packagingWorkDir')
const rootManifest = readJson<Manifest>(path.join(repositoryRoot, 'package.json'))
const rootLicence = readFileSync(path.join(repositoryRoot, 'LICENSE'), 'utf8')

/** Every file an `exports` map points at (`./dist/index.js`), with the conditions that lead to it. */
function exportTargets(value: unknown, conditions: string[] = []): { target: string; conditions: string[] }[] {
  if (typeof value === 'string') return [{ target: value, conditions }]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) =>
    exportTargets(inner, key.startsWith('.') ? conditions : [...conditions, key]),
  )
}

const shipped = (files: string[], target: string) => files.includes(target.replace(/^\.\//, ''))

it('covers every published package: each is a dependency here, so turbo builds it before these tests', () => {
  const here = readJson<{ devDependencies: Record<string, string> }>(
    path.resolve(import.meta.dirname, '../package.json'),
  )
  const missing = publishedPackages().filter((pkg) => here.devDependencies[pkg.manifest.name] !== 'workspace:^')
  expect(
    missing.map((pkg) => pkg.manifest.name),
    'add each to tools/packaging/package.json as "workspace:^"',
  ).toEqual([])
})

describe.each(publishedPackages())('the tarball of $manifest.name', (pkg) => {
  const unpacked = path.join(work, 'packs', 'unpacked', pkg.folder, 'package')
  const manifest = readJson<Manifest>(path.join(unpacked, 'package.json'))
  const files = readdirSync(unpacked, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(path.join(unpacked, file)).isFile(),
  )

  it('has no export pointing at a file it does not ship, nor the workspace-only source condition', () => {
    const targets = exportTargets(manifest.exports)
    expect(targets.length).toBeGreaterThan(0)
    expect(targets.filter(({ target }) => !shipped(files, target))).toEqual([])
    expect(
      targets.flatMap(({ conditions }) => conditions).filter((condition) => condition.startsWith('@open-sds/')),
    ).toEqual([])
  })

  it('names main and types for Node10 resolution, both shipped', () => {
    expect(manifest.main).toBe('./dist/index.js')
    expect(manifest.types).toBe('./dist/index.d.ts')
    expect(shipped(files, manifest.main ?? '') && shipped(files, manifest.types ?? '')).toBe(true)
    for (const target of Object.values(manifest.bin ?? {})) expect(shipped(files, target), `bin ${target}`).toBe(true)
  })

  it('ships no source map or declaration map, and no file refers to one', () => {
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
    const referring = files.filter(
      (file) =>
        /\.(js|d\.ts)$/.test(file) && readFileSync(path.join(unpacked, file), 'utf8').includes('sourceMappingURL'),
    )
    expect(referring).toEqual([])
  })

  it('carries the MIT licence, the repository with its folder, and a homepage', () => {
    expect(manifest.license).toBe('MIT')
    expect(readFileSync(path.join(unpacked, 'LICENSE'), 'utf8')).toBe(rootLicence)
    expect(manifest.repository).toEqual({
      type: 'git',
      url: rootManifest.repository?.url,
      directory: `packages/${pkg.folder}`,
    })
    expect(manifest.homepage).toMatch(
      new RegExp(
        `^${escape(rootManifest.homepage?.replace(/#readme$/, '') ?? '')}/tree/main/packages/${pkg.folder}#readme$`,
      ),
    )
  })

  it('depends on published versions only (no workspace: protocol left behind)', () => {
    expect(Object.entries(manifest.dependencies ?? {}).filter(([, range]) => range.startsWith('workspace:'))).toEqual(
      [],
    )
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
