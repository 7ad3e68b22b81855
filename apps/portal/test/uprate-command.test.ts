import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { assessFinancialAnswers, nationalDefaultPolicy, type FinancialAnswersInput } from '@open-sds/charging'
import { connectDatabase, demoAccounts, demoPeople, financialOutcomeOf } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPostgresDatabase, testPostgresUrl } from './support/engines'

const portalDir = fileURLToPath(new URL('..', import.meta.url))
// The command reads the portal's settings: on SQLite at DATABASE_PATH, and on PostgreSQL at DATABASE_URL when the run
// has a test server (decision 021).
const serverUrl = testPostgresUrl()
const engines = [
  { name: 'SQLite', database: async () => ({ env: {}, drop: async () => {} }) },
  ...(serverUrl
    ? [
        {
          name: 'PostgreSQL',
          database: async () => {
            const created = await newPostgresDatabase(serverUrl)
            return { env: { DATABASE_URL: created.url }, drop: created.drop }
          },
        },
      ]
    : []),
]

describe.each(engines)('$name', (engine) => {
  let folder: string
  let env: NodeJS.ProcessEnv
  let drop: () => Promise<void>

  function run(...args: string[]) {
    return spawnSync(process.execPath, ['scripts/uprate.js', ...args], { cwd: portalDir, env, encoding: 'utf8' })
  }

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-uprate-'))
    const database = await engine.database()
    drop = database.drop
    env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_PATH: path.join(folder, 'portal.sqlite'),
      OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county',
      ...database.env,
    }
    const setup = spawnSync(process.execPath, ['scripts/db-setup.js'], { cwd: portalDir, env, encoding: 'utf8' })
    if (setup.status !== 0) throw new Error(setup.stderr)
  })

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true })
    await drop?.()
  })

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

    it('names the people whose assessment still waits for a finance officer, and leaves them out', async () => {
      const alex = demoPeople.find((person) => person.key === 'alex')
      const handle = await connectDatabase({ url: env.DATABASE_URL, path: env.DATABASE_PATH ?? '', migrate: false })
      try {
        const citizen = await handle.repos.users.findByEmail(
          demoAccounts.find((account) => account.key === 'citizen')?.email ?? '',
        )
        const repo = handle.repos.financialAssessments
        const now = new Date('2025-09-01T10:00:00Z')
        const draft = await repo.startDraft({ personId: alex?.id ?? '', userId: citizen?.id ?? '' }, now)
        if (!draft.ok) throw new Error(JSON.stringify(draft.errors))
        const answers: FinancialAnswersInput = {
          'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
          capital: { savings: 0 },
          income: { statePension: 23_000, careBenefit: 'none' },
          housing: {},
          costs: { basis: 'none' },
        }
        expect((await repo.saveDraft(draft.value.id, answers, citizen?.id ?? '', now)).ok).toBe(true)
        const charged = assessFinancialAnswers({ answers, costOfCareWeeklyPence: 30_000 }, nationalDefaultPolicy, {
          now: '2025-09-01',
        })
        if (!charged.ok) throw new Error(JSON.stringify(charged.errors))
        expect(
          (await repo.submitDraft(draft.value.id, financialOutcomeOf(charged.value), citizen?.id ?? '', now)).ok,
        ).toBe(true)
      } finally {
        await handle.close()
      }
      const report = run('2026-04-06')
      expect(report.status).toBe(0)
      expect(report.stdout).toContain(`${alex?.id}: not uprated: an assessment is waiting for a finance officer`)
      expect(report.stdout).toContain('2 people: 0 up, 2 down, 0 unchanged')
    })

    it('needs a council administrator to confirm, then writes every new charge', () => {
      expect(run('2026-04-06', '--confirm', '--as', 'finance@example.org').stderr).toContain(
        'No active council administrator account has the email "finance@example.org"',
      )
      const confirmed = run('2026-04-06', '--confirm', '--as', 'admin@example.org')
      expect(confirmed.status).toBe(0)
      expect(confirmed.stdout).toMatch(/Written: 2 new versions/)
      // Uprated again to the same year, nothing changes.
      expect(run('2026-04-06').stdout).toContain('2 people: 0 up, 0 down, 2 unchanged')
    })
  })
})
