import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import { runPortalExpectingExit, startPortal } from './support/portal-process'

const fixtures = path.resolve(import.meta.dirname, 'fixtures')

describe.each(portalEngines())('start-up on $name refuses a bad configuration with a plain message', (engine) => {
  it('a plugin with a failing colour: names the plugin and the field, and does not start', async () => {
    const { code, output } = await engine.runExpectingExit({
      OPEN_SDS_PLUGINS: path.join(fixtures, 'plugin-low-contrast.mjs'),
    })
    expect(code).toBe(1)
    expect(output).toContain('pale-council')
    expect(output).toContain('branding.colours.link')
    expect(output).not.toMatch(/^\s+at /m)
  })

  it('a plugin for an unsupported API version: says which version the portal supports', async () => {
    const { code, output } = await engine.runExpectingExit({
      OPEN_SDS_PLUGINS: path.join(fixtures, 'plugin-future-api.mjs'),
    })
    expect(code).toBe(1)
    expect(output).toMatch(/from-the-future.*apiVersion 99/s)
  })

  it('a plugin that is not installed', async () => {
    const { code, output } = await engine.runExpectingExit({ OPEN_SDS_PLUGINS: '@council/not-installed' })
    expect(code).toBe(1)
    expect(output).toContain('Plugin "@council/not-installed" could not be loaded: it is not installed.')
  })

  it('a port that is not a number', async () => {
    const { code, output } = await engine.runExpectingExit({ PORT: 'eighty' })
    expect(code).toBe(1)
    expect(output).toContain('PORT: must be a whole number')
  })
})

// DATABASE_PATH is where SQLite keeps its file; PostgreSQL's refusals of a bad DATABASE_URL are database-url.test.ts's.
describe('start-up on SQLite', () => {
  it('a database path blocked by a file: says where and what to do', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-blocked-'))
    writeFileSync(path.join(folder, 'not-a-directory'), 'x')
    const { code, output } = await runPortalExpectingExit({
      DATABASE_PATH: path.join(folder, 'not-a-directory', 'portal.sqlite'),
    })
    expect(code).toBe(1)
    expect(output).toContain(path.join(folder, 'not-a-directory'))
    expect(output).not.toMatch(/^\s+at /m)
  })

  // Migrating a new file and starting the server inside the test: the timeout leaves room for a busy machine.
  it('a missing database directory is created, and the portal starts', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-missing-'))
    const portal = await startPortal({ env: { DATABASE_PATH: path.join(folder, 'new', 'deeper', 'portal.sqlite') } })
    try {
      expect((await fetch(`${portal.url}/`)).status).toBe(200)
    } finally {
      await portal.stop()
    }
  }, 120_000)
})
