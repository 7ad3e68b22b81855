import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const portalDir = fileURLToPath(new URL('..', import.meta.url))
let folder: string
let env: NodeJS.ProcessEnv

function run(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/uprate.js', ...args], { cwd: portalDir, env, encoding: 'utf8' })
}

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-uprate-'))
  env = { ...process.env, NODE_ENV: 'production', DATABASE_PATH: path.join(folder, 'portal.sqlite'), OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' }
  const setup = spawnSync(process.execPath, ['scripts/db-setup.js'], { cwd: portalDir, env, encoding: 'utf8' })
  if (setup.status !== 0) throw new Error(setup.stderr)
})

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('node scripts/uprate.js: the yearly uprating from the command line', () => {
  it('prints the report of changes and writes nothing without --confirm', () => {
    const first = run('2026-04-06')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Uprating to the 2026/27 rates from 2026-04-06')
    // The demo seed's two confirmed 2025/26 charges both fall under the higher 2026/27 MIG.
    expect(first.stdout).toContain('2 people: 0 up, 2 down, 0 unchanged; weekly total £183.10 -> £168.03')
    expect(first.stdout).toContain('Nothing has been written')
    expect(run('2026-04-06').stdout).toBe(first.stdout)
  })

  it('refuses a date outside every rate table, plainly', () => {
    const outside = run('2030-04-08')
    expect(outside.status).toBe(1)
    expect(outside.stderr).toContain('No rate table covers 8 April 2030')
    expect(outside.stderr).not.toMatch(/^\s+at /m)
  })

  it('needs a council administrator to confirm, then writes every new charge', () => {
    expect(run('2026-04-06', '--confirm', '--as', 'finance@example.org').stderr).toContain('No active council administrator account has the email "finance@example.org"')
    const confirmed = run('2026-04-06', '--confirm', '--as', 'admin@example.org')
    expect(confirmed.status).toBe(0)
    expect(confirmed.stdout).toMatch(/Written: 2 new versions/)
    // Uprated again to the same year, nothing changes.
    expect(run('2026-04-06').stdout).toContain('2 people: 0 up, 0 down, 2 unchanged')
  })
})
