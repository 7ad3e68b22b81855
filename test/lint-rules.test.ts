// The lint rules that keep domain packages pure and packages apart, shown firing on bad code with the repository's
// own eslint.config.js, so that a change to the configuration cannot switch one off unnoticed.
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import { refusalsNotYetRedirected } from '../eslint/refusals-not-yet-redirected.js'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

/** The rules that fire on `code` as if it were the file at `file` (relative to the repository root). */
async function rulesFiring(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const domainFile = 'packages/charging/src/lint-fixture.ts'

// Loading the configuration and its plugins takes a few seconds on a busy machine; do it once, before the clock starts.
beforeAll(() => rulesFiring(domainFile, ''), 60_000)

describe('domain packages are pure', () => {
  it.each([
    [
      'node: built-in modules',
      "import { readFileSync } from 'node:fs'\nexport const read = readFileSync",
      'no-restricted-imports',
    ],
    ['bare built-in modules', "import path from 'path'\nexport const join = path.join", 'no-restricted-imports'],
    [
      'sub-paths of built-ins',
      "import { readFile } from 'fs/promises'\nexport const read = readFile",
      'no-restricted-imports',
    ],
    [
      'crypto, even for hashing',
      "import { createHash } from 'node:crypto'\nexport const hash = createHash",
      'no-restricted-imports',
    ],
    ['Date.now()', 'export const stamp = () => Date.now()', 'no-restricted-properties'],
    ['new Date() with no argument', 'export const today = () => new Date()', 'no-restricted-syntax'],
    ['Date() called as a function', 'export const today = () => Date()', 'no-restricted-syntax'],
    ['performance.now()', 'export const tick = () => performance.now()', 'no-restricted-globals'],
    ['Math.random()', 'export const roll = () => Math.random()', 'no-restricted-properties'],
    ['crypto.randomUUID()', 'export const id = () => crypto.randomUUID()', 'no-restricted-globals'],
    ['process.env', 'export const council = process.env.OPEN_SDS_LA_CODE', 'no-restricted-globals'],
    ['console', "export const say = () => console.log('hello')", 'no-restricted-globals'],
    ['fetch', "export const load = () => fetch('https://example.org')", 'no-restricted-globals'],
  ])('refuses %s in a domain package', async (_what, code, rule) => {
    expect(await rulesFiring(domainFile, code)).toEqual([rule])
  })

  it('accepts a date made from a value passed in', async () => {
    expect(await rulesFiring(domainFile, 'export const on = (iso: string) => new Date(iso)')).toEqual([])
  })

  it.each(['packages/plugin-sdk/src/lint-fixture.ts', 'packages/kernel/src/money/lint-fixture.ts'])(
    'applies to every domain package, including %s',
    async (file) => {
      expect(await rulesFiring(file, 'export const stamp = () => Date.now()')).toEqual(['no-restricted-properties'])
    },
  )

  it.each([
    'packages/charging/test/lint-fixture.test.ts',
    'packages/charging/examples/lint-fixture.ts',
    'packages/db/src/lint-fixture.ts',
    'apps/portal/app/lint-fixture.server.ts',
    'bench/lint-fixture.ts',
  ])('leaves the clock, the console and I/O to tests, examples, the database and hosts: %s', async (file) => {
    const code =
      "import { readFileSync } from 'node:fs'\nexport const read = () => [readFileSync, Date.now(), new Date(), console]"
    expect(await rulesFiring(file, code)).toEqual([])
  })

  it('still refuses focused tests alongside the purity rules', async () => {
    expect(
      await rulesFiring(
        'packages/charging/test/lint-fixture.test.ts',
        "import { it } from 'vitest'\nit.only('x', () => {})",
      ),
    ).toEqual(['no-restricted-syntax'])
  })
})

describe('packages are imported by name, never by a path into another package', () => {
  it.each([
    [
      'apps/portal/test/lint-fixture.test.ts',
      "import { x } from '../../../packages/charging/src/index.ts'\nexport { x }",
    ],
    ['bench/lint-fixture.ts', "import { x } from '../apps/portal/app/.server/uprating.ts'\nexport { x }"],
    ['packages/ras/test/lint-fixture.test.ts', "export { x } from '../../charging/test/helpers.ts'"],
    [
      'plugins/example-county/src/lint-fixture.ts',
      "export type { RasConfig } from '../../../packages/ras/src/types.ts'",
    ],
    ['apps/portal/app/lint-fixture.ts', "export const load = () => import('../../../packages/charging')"],
  ])('refuses a relative import that leaves its package (%s)', async (file, code) => {
    expect(await rulesFiring(file, code)).toEqual(['open-sds/no-cross-package-imports'])
  })

  it.each([
    "import { x } from '@open-sds/charging/src/index.ts'\nexport { x }",
    "import { x } from '@open-sds/charging/dist/index.js'\nexport { x }",
    "export * from '@open-sds/kernel/src'",
  ])('refuses an import of another package’s src or dist: %s', async (code) => {
    expect(await rulesFiring('apps/portal/app/lint-fixture.ts', code)).toEqual(['open-sds/no-cross-package-imports'])
  })

  it.each([
    [
      'packages/plugin-sdk/src/national-defaults/pages/lint-fixture.ts',
      "import type { ContentPage } from '../../content-schema.js'\nexport type Page = ContentPage",
    ],
    [
      'packages/charging/vitest.config.ts',
      "import { sharedTestConfig } from '../../vitest.shared.ts'\nexport default sharedTestConfig",
    ],
    [
      'apps/portal/app/lint-fixture.ts',
      "import { assessNonResidential } from '@open-sds/charging'\nexport { assessNonResidential }",
    ],
  ])(
    'accepts imports inside a package, of shared root configuration and of a package by name (%s)',
    async (file, code) => {
      expect(await rulesFiring(file, code)).toEqual([])
    },
  )
})

// Decision 055: a refused form is answered with a redirect to its page, so the browser's Back never resends it.
describe('a route answers a refused form with refuse(), not a 400 reply to the POST', () => {
  const route = 'apps/portal/app/routes/_lint+/lint-fixture.tsx'
  const reply =
    "import { json } from '@remix-run/node'\nexport const action = () => json({ errors: [] }, { status: 400 })"

  it.each([
    ['400', reply],
    ['409', reply.replace('400', '409')],
    ['a bare status', reply.replace('{ status: 400 }', '422')],
  ])('refuses json(…) with %s in a route module', async (_what, code) => {
    expect(await rulesFiring(route, code)).toEqual(['open-sds/refusals-redirected'])
  })

  it('accepts refuse(), a 404 and a thrown Response, and leaves code outside the routes alone', async () => {
    const fine =
      "import { json } from '@remix-run/node'\nimport { refuse } from '~/.server/refusals'\n" +
      'export const a = (r: Request) => refuse({ request: r, context: {} as never }, { errors: [] })\n' +
      "export const b = () => json({ missing: true }, { status: 404 })\nexport const c = () => new Response('no', { status: 400 })"
    expect(await rulesFiring(route, fine)).toEqual([])
    expect(await rulesFiring('apps/portal/app/.server/lint-fixture.ts', reply)).toEqual([])
  })

  it('lets a listed route not yet converted refuse as before, and says when a listed one has been converted', async () => {
    // Any route still on the list (when none is left, this case and the list go together).
    const listed = refusalsNotYetRedirected[0] ?? 'the list is empty'
    expect(await rulesFiring(listed, reply)).toEqual([])
    expect(await rulesFiring(listed, 'export const action = () => null')).toEqual(['open-sds/refusals-redirected'])
  })
})
