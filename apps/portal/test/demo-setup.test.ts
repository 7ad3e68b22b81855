import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoAccounts } from '@open-sds/db'
import { afterAll, describe, expect, it } from 'vitest'

const portalDir = fileURLToPath(new URL('..', import.meta.url))
const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-demo-setup-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function setUp(port: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: port,
    DATABASE_PATH: path.join(folder, `portal-${port}.sqlite`),
    OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county',
  }
  return spawnSync(process.execPath, ['scripts/db-setup.js', ...args], { cwd: portalDir, env, encoding: 'utf8' })
}

// Issue 19, "The demo": `npm run demo` prints the demo accounts with the address, so nobody has to look them up.
describe('node scripts/db-setup.js, as npm run demo runs it', () => {
  it('prints where the portal will be and every demo account with its password', () => {
    const setup = setUp('3377')
    expect(setup.status).toBe(0)
    expect(setup.stdout).toContain('the portal is at http://127.0.0.1:3377')
    for (const account of demoAccounts) {
      const line = setup.stdout.split('\n').find((text) => text.includes(account.email))
      expect(line, account.email).toContain(account.password)
    }
  })

  it('prints no accounts when it only migrates (--no-seed), since there are none', () => {
    const setup = setUp('3378', '--no-seed')
    expect(setup.status).toBe(0)
    expect(setup.stdout).not.toContain('@example.org')
  })
})
