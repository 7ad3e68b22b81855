import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PLUGINS, loadConfig } from '~/.server/config'

const cwd = mkdtempSync(path.join(os.tmpdir(), 'open-sds-config-'))

describe('loadConfig', () => {
  it('uses safe defaults: loopback only, port 3000, the example county, secure cookies in production', () => {
    const config = loadConfig({ NODE_ENV: 'production' }, cwd)
    expect(config.host).toBe('127.0.0.1')
    expect(config.port).toBe(3000)
    expect(config.plugins).toEqual(DEFAULT_PLUGINS)
    expect(config.secureCookies).toBe(true)
    expect(config.databasePath).toBe(path.join(cwd, 'data/open-sds.sqlite'))
  })

  // Issue 18, decision 027: the outbox of a demo shows reset links to anyone, so a production instance refuses to be one.
  it('refuses OPEN_SDS_DEMO in production with a plain message, and is no demo unless told', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, cwd).demo).toBe(false)
    expect(loadConfig({ OPEN_SDS_DEMO: 'true' }, cwd).demo).toBe(true)
    expect(() => loadConfig({ NODE_ENV: 'production', OPEN_SDS_DEMO: 'true' }, cwd)).toThrow(
      /OPEN_SDS_DEMO is "true" with NODE_ENV "production".*cannot run in production/,
    )
    expect(() => loadConfig({ OPEN_SDS_DEMO: 'yes' }, cwd)).toThrow(
      'OPEN_SDS_DEMO must be "true" or "false", not "yes".',
    )
  })

  it('writes links with OPEN_SDS_PUBLIC_URL, or the address it listens on, never a path', () => {
    expect(loadConfig({ PORT: '3521' }, cwd).publicUrl).toBe('http://127.0.0.1:3521')
    expect(loadConfig({ OPEN_SDS_PUBLIC_URL: 'https://care.example.gov.uk/' }, cwd).publicUrl).toBe(
      'https://care.example.gov.uk',
    )
    expect(() => loadConfig({ OPEN_SDS_PUBLIC_URL: 'https://care.example.gov.uk/portal' }, cwd)).toThrow(
      /OPEN_SDS_PUBLIC_URL: must be the address people reach the portal at/,
    )
  })

  it('lets PORT and OPEN_SDS_PLUGINS override, keeping the plugins in the order given', () => {
    const config = loadConfig(
      { PORT: '8080', OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county, ./local/our-plugin.mjs' },
      cwd,
    )
    expect(config.port).toBe(8080)
    expect(config.plugins).toEqual(['@open-sds/plugin-example-county', './local/our-plugin.mjs'])
  })

  it('runs on SQLite at DATABASE_PATH unless DATABASE_URL names a PostgreSQL database, and migrates on start unless told not to', () => {
    expect(loadConfig({}, cwd)).toMatchObject({ databaseUrl: '', migrateOnStart: true })
    expect(loadConfig({ DATABASE_URL: '  ' }, cwd).databaseUrl).toBe('')
    const url = 'postgresql://council:s3cret@db.internal:5432/open_sds'
    expect(loadConfig({ DATABASE_URL: url, DATABASE_MIGRATE: 'false' }, cwd)).toMatchObject({
      databaseUrl: url,
      migrateOnStart: false,
    })
  })

  it('refuses a DATABASE_URL that is not PostgreSQL’s without repeating it, since it may hold a password', () => {
    for (const url of ['sqlite:///srv/portal.db', 'postgres://council:s3cret@db.internal:5432', 'not a url s3cret']) {
      expect(() => loadConfig({ DATABASE_URL: url }, cwd)).toThrow(/DATABASE_URL: must be a PostgreSQL address/)
      expect(() => loadConfig({ DATABASE_URL: url }, cwd)).not.toThrow(/s3cret/)
    }
  })

  it('names the setting and says what is wrong when PORT is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, cwd)).toThrow(/PORT: must be a whole number/)
  })

  it('refuses an empty plugin list in plain words', () => {
    expect(() => loadConfig({ OPEN_SDS_PLUGINS: ' , ' }, cwd)).toThrow(/OPEN_SDS_PLUGINS .*: name at least one/)
  })

  it('reads the council code the Client Level Data export carries, and refuses one that is not an ONS code', () => {
    expect(loadConfig({}, cwd).localAuthorityCode).toBe('')
    expect(loadConfig({ OPEN_SDS_LA_CODE: 'E10000006' }, cwd).localAuthorityCode).toBe('E10000006')
    expect(() => loadConfig({ OPEN_SDS_LA_CODE: 'Northmoor' }, cwd)).toThrow(
      /OPEN_SDS_LA_CODE: must be the council's 9-character ONS code/,
    )
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY says how many proxies, or which, to trust', () => {
    expect(loadConfig({}, cwd).trustProxy).toBe(false)
    expect(loadConfig({ TRUST_PROXY: '' }, cwd).trustProxy).toBe(false)
    expect(loadConfig({ TRUST_PROXY: '1' }, cwd).trustProxy).toBe(1)
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16, ::1' }, cwd).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
    ])
  })

  it.each([
    ['yes'],
    ['0'],
    ['-1'],
    ['100'],
    ['10.0.0.300'],
    ['10.0.0.0/33'],
    ['proxy.example'],
    ['10.0.0.1, , 10.0.0.2'],
  ])('refuses TRUST_PROXY=%s at start-up, saying what it must be', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value }, cwd)).toThrow(
      /TRUST_PROXY: must be the number of proxies in front of the portal \(1 to 10\), or their addresses/,
    )
  })

  it('refuses SECURE_COOKIES that is neither true nor false', () => {
    expect(() => loadConfig({ SECURE_COOKIES: 'yes' }, cwd)).toThrow(
      'SECURE_COOKIES must be "true" or "false", not "yes".',
    )
  })

  it('reads plugins from open-sds.config.json and rejects an unknown key in it by name', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-config-file-'))
    writeFileSync(
      path.join(folder, 'open-sds.config.json'),
      JSON.stringify({ plugins: ['@open-sds/plugin-example-ulo'] }),
    )
    expect(loadConfig({}, folder).plugins).toEqual(['@open-sds/plugin-example-ulo'])
    writeFileSync(path.join(folder, 'open-sds.config.json'), JSON.stringify({ plugin: ['x'] }))
    expect(() => loadConfig({}, folder)).toThrow(/unknown setting "plugin"/)
  })

  it('says so when the configuration file is not JSON', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-config-bad-'))
    writeFileSync(path.join(folder, 'open-sds.config.json'), '{ plugins: [')
    expect(() => loadConfig({}, folder)).toThrow(/is not valid JSON/)
  })
})
