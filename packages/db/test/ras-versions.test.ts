import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  duplicateRasVersionMessage,
  openDatabase,
  rasEffectiveFromMessage,
  type AnyDatabaseHandle,
  type PublishRasVersion,
} from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { createUserAsEarlierRelease, at, createUser, migrationsBefore, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const publishedAt = at('2026-03-02T10:00:00Z')
const republishedAt = at('2026-03-20T16:45:00Z')

// Shaped like a RAS configuration (points per question, price per point, bands); the repository must keep it exactly,
// whatever its shape.
const config = {
  id: 'example-council',
  version: '2026.1',
  pricePerPointPence: 1_325,
  questions: [
    { id: 'eating', points: [0, 4, 8, 12] },
    { id: 'washing', points: [0, 3, 6, 9] },
  ],
  inflators: { 'learning-disability': 1.1 },
}

// Shaped like a calibration report summary: the fit on historic cases and the cost against current spend.
const calibration = {
  cases: 412,
  excluded: { residential: 37 },
  rSquared: 0.71,
  outliers: 9,
  proposedAnnualPence: 1_204_500_000,
  currentAnnualPence: 1_190_250_000,
}

const versionOf =
  (publishedByUserId: string) =>
  (changes: Partial<PublishRasVersion> = {}): PublishRasVersion => ({
    configId: 'example-council',
    version: '2026.1',
    effectiveFrom: '2026-04-06',
    config,
    calibration,
    publishedByUserId,
    ...changes,
  })

async function setUp(handle: AnyDatabaseHandle) {
  const admin = await createUser(handle, 'admin@example.org')
  return { admin, version: versionOf(admin.id) }
}

describe.each(testEngines())('RAS versions repository on $name', (engine) => {
  it('publishes a version with its calibration summary and lists it', async () => {
    const handle = await engine.fresh()
    const { admin, version } = await setUp(handle)
    const published = await handle.repos.rasVersions.publish(version(), publishedAt)
    expect(published).toEqual({
      ok: true,
      value: {
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        configId: 'example-council',
        version: '2026.1',
        effectiveFrom: '2026-04-06',
        config,
        calibration,
        publishedByUserId: admin.id,
        publishedAt,
      },
    })
    expect(await handle.repos.rasVersions.list()).toEqual([published.ok && published.value])
  })

  it('publishes a version without calibration, with trimmed ids', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    const published = await handle.repos.rasVersions.publish(
      version({ configId: '  example-council ', version: ' 2026.2 ', calibration: null }),
      publishedAt,
    )
    expect(published).toMatchObject({
      ok: true,
      value: { configId: 'example-council', version: '2026.2', calibration: null },
    })
  })

  it('lists versions by the date they take effect, then the order they were published', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    const publish = async (changes: Partial<PublishRasVersion>, now: Date) => {
      const published = await handle.repos.rasVersions.publish(version(changes), now)
      if (!published.ok) throw new Error(`test setup: ${JSON.stringify(published.errors)}`)
      return published.value.id
    }
    const later = await publish({ version: '2026.2', effectiveFrom: '2026-10-01' }, publishedAt)
    const first = await publish({ version: '2026.1' }, republishedAt)
    // Same day in effect, same millisecond published: the one published last comes last.
    const second = await publish({ version: '2026.1a' }, republishedAt)
    const otherCouncil = await publish({ configId: 'another-council', effectiveFrom: '2025-04-07' }, republishedAt)
    expect((await handle.repos.rasVersions.list()).map((v) => v.id)).toEqual([otherCouncil, first, second, later])
  })

  it('refuses to publish the same version of the same RAS twice, and keeps the first', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    const first = await handle.repos.rasVersions.publish(version(), publishedAt)
    const again = await handle.repos.rasVersions.publish(
      version({ version: ' 2026.1 ', config: { ...config, pricePerPointPence: 1_400 } }),
      republishedAt,
    )
    expect(again).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message: 'Version 2026.1 of RAS example-council has already been published: choose a new version',
        },
      ],
    })
    expect(duplicateRasVersionMessage('example-council', '2026.1')).toBe(again.ok || again.errors[0]?.message)
    expect(await handle.repos.rasVersions.list()).toEqual([first.ok && first.value])
    // The same version number of a different RAS is a different version.
    expect(
      await handle.repos.rasVersions.publish(version({ configId: 'another-council' }), republishedAt),
    ).toMatchObject({
      ok: true,
    })
  })

  it('refuses an effective date that is not a real date written as YYYY-MM-DD', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    expect(rasEffectiveFromMessage).toBe('Enter the date the version takes effect, like 2026-04-06')
    for (const effectiveFrom of ['06/04/2026', '2026-4-6', '2026-02-30', '2026-04-06T00:00:00Z', '', 20260406]) {
      expect(
        await handle.repos.rasVersions.publish(version({ effectiveFrom: effectiveFrom as string }), publishedAt),
      ).toEqual({
        ok: false,
        errors: [{ path: 'effectiveFrom', message: rasEffectiveFromMessage }],
      })
    }
    expect(await handle.repos.rasVersions.list()).toEqual([])
  })

  it('refuses malformed input and an unknown account with plain messages', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const malformed = { ...version(), configId: ' ', version: undefined, config: null, calibration: cyclic }
    expect(await handle.repos.rasVersions.publish(malformed as never, publishedAt)).toEqual({
      ok: false,
      errors: [
        { path: 'configId', message: 'RAS configuration id is missing' },
        { path: 'version', message: 'RAS version is missing' },
        { path: 'config', message: 'The RAS configuration is missing' },
        {
          path: 'calibration',
          message: 'Give the calibration report summary, or null if the version was not calibrated',
        },
      ],
    })
    expect(await handle.repos.rasVersions.publish(version({ config: 10n }), publishedAt)).toEqual({
      ok: false,
      errors: [{ path: 'config', message: 'The RAS configuration is missing' }],
    })
    expect(await handle.repos.rasVersions.publish(version({ publishedByUserId: 'nobody' }), publishedAt)).toEqual({
      ok: false,
      errors: [{ path: 'publishedByUserId', message: 'No account has this id' }],
    })
  })

  it('returns a stored configuration and calibration exactly as given (property)', async () => {
    const handle = await engine.fresh()
    const { version } = await setUp(handle)
    let counter = 0
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue().filter((value) => value !== null),
        fc.option(fc.jsonValue()),
        async (given, summary) => {
          const published = await handle.repos.rasVersions.publish(
            version({ version: `v${String((counter += 1))}`, config: given, calibration: summary }),
            publishedAt,
          )
          const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown
          expect(published).toMatchObject({ ok: true, value: { config: asJson(given), calibration: asJson(summary) } })
          const listed = (await handle.repos.rasVersions.list()).find(
            (v) => published.ok && v.id === published.value.id,
          )
          expect(listed).toEqual(published.ok && published.value)
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe.each(testEngines())('ras_versions table on $name', (engine) => {
  const insert = `insert into ras_versions (id, config_id, version, effective_from, config, calibration,
    published_by_user_id, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)`
  let counter = 0
  const row = (
    userId: string,
    { effectiveFrom = '2026-04-06', configJson = '{}', calibrationJson = null as string | null } = {},
  ) => [
    `raw-${String((counter += 1))}`,
    'example-council',
    `v${String(counter)}`,
    effectiveFrom,
    configJson,
    calibrationJson,
    userId,
    publishedAt.getTime(),
  ]

  it('refuses a date that is not YYYY-MM-DD, and JSON that is not valid, even against hand-written SQL', async () => {
    const handle = await engine.fresh()
    const { admin } = await setUp(handle)
    const run = (values: unknown[]) => engine.sql(handle, insert, ...values)
    for (const effectiveFrom of ['2026-02-30', '06/04/2026', '2026-04-06 00:00', 'soon', '']) {
      expect(await refusal(run(row(admin.id, { effectiveFrom })))).toMatch(
        /CHECK constraint failed: ras_versions_effective_from_date|violates check constraint "ras_versions_effective_from_date/,
      )
    }
    expect(await refusal(run(row(admin.id, { configJson: '{' })))).toMatch(
      // On PostgreSQL the column's type (json) refuses it before any CHECK is needed.
      /CHECK constraint failed: ras_versions_config_json|invalid input syntax for type json/,
    )
    expect(await refusal(run(row(admin.id, { calibrationJson: 'nope' })))).toMatch(
      /CHECK constraint failed: ras_versions_calibration_json|invalid input syntax for type json/,
    )
    expect(await refusal(run(row('nobody')))).toMatch(/FOREIGN KEY constraint failed|violates foreign key constraint/)
    await run(row(admin.id, { effectiveFrom: '2028-02-29', calibrationJson: '{"rSquared":0.7}' }))
    expect(await countRows(engine, handle, 'ras_versions')).toBe(1)
  })

  it('refuses UPDATE and DELETE in the database itself, and the versions survive', async () => {
    const handle = await engine.fresh()
    const { admin, version } = await setUp(handle)
    await handle.repos.rasVersions.publish(version(), publishedAt)
    await handle.repos.rasVersions.publish(version({ version: '2026.2', calibration: null }), republishedAt)
    const before = await engine.sql(handle, 'select * from ras_versions order by published_at')
    expect(await refusal(engine.sql(handle, `update ras_versions set config = '{}'`))).toMatch(
      'a published RAS version cannot be changed: publish a new version',
    )
    expect(
      await refusal(
        engine.sql(handle, `update ras_versions set effective_from = '2026-05-01' where version = '2026.2'`),
      ),
    ).toMatch('a published RAS version cannot be changed: publish a new version')
    expect(await refusal(engine.sql(handle, `delete from ras_versions where version = '2026.1'`))).toMatch(
      'a published RAS version cannot be removed',
    )
    expect(await refusal(engine.sql(handle, 'delete from ras_versions'))).toMatch(
      'a published RAS version cannot be removed',
    )
    expect(await refusal(engine.sql(handle, 'delete from users where id = ?', admin.id))).toMatch(
      /FOREIGN KEY constraint failed|violates foreign key constraint/,
    )
    expect(await engine.sql(handle, 'select * from ras_versions order by published_at')).toEqual(before)
    expect(before).toHaveLength(2)
  })

  it('offers no way to change or remove a version', async () => {
    const { repos } = await engine.fresh()
    expect(Object.keys(repos.rasVersions).sort()).toEqual(['list', 'publish'])
  })
})

describe('ras_versions table: migrations (SQLite)', () => {
  it('upgrades a database made by migrations 0000 to 0003, keeping its accounts, and reopens cleanly', async () => {
    // The migrations as they were before this table: 0000 to 0003.
    const earlier = migrationsBefore('_ras-versions', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const before = openDatabase({ path, migrationsFolder: earlier.folder })
    const admin = await (async () => {
      try {
        const tables = before.sqlite.prepare(`select count(*) as n from sqlite_master where name = 'ras_versions'`)
        expect(tables.get()).toEqual({ n: 0 })
        expect(before.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({ n: 4 })
        return await createUserAsEarlierRelease(before, 'admin@example.org')
      } finally {
        before.close()
      }
    })()

    const upgraded = temp.open(path)
    // Kept whole; an account from before addresses were proved counts as proved from when it was made (decision 048).
    expect(await upgraded.repos.users.findById(admin.id)).toEqual({ ...admin, emailVerifiedAt: admin.createdAt })
    const published = await upgraded.repos.rasVersions.publish(versionOf(admin.id)(), publishedAt)
    expect(published.ok).toBe(true)
    const applied = upgraded.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()
    expect(applied).toEqual({ n: earlier.allCount })
    expect(() => upgraded.sqlite.prepare('delete from ras_versions').run()).toThrow(
      'a published RAS version cannot be removed',
    )
    upgraded.close()

    const reopened = temp.open(path)
    expect(reopened.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(applied)
    expect(await reopened.repos.rasVersions.list()).toEqual([published.ok && published.value])
  })
})
