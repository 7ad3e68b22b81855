/**
 * Benchmark: the yearly uprating of 100,000 stored financial assessments in SQLite, end to end, beside a floor.
 *
 * Setup (not timed): a fresh SQLite file with the portal's migrations; 100,000 synthetic people (seeded), each with a
 * confirmed 2025/26 financial assessment holding answers shaped exactly as the portal's form stores them
 * (`FinancialAnswers` of @open-sds/charging), charged by `assessFinancialAnswers`.
 *
 * Timed, with the packages' public functions, as the portal's admin page and command call them:
 * - the preview: `planUprating` of @open-sds/charging over the repository's current confirmed assessments (read, map,
 *   recalculate);
 * - the confirmation: plan again (charges may have moved since the preview), then write every new version through the
 *   repository's `recordUprating` in one transaction (zod validation, supersede checks, triggers and indexes).
 *
 * Floor, in the same run: a bare insert of the same 100,000 rows (same columns and JSON) with one prepared statement
 * in one transaction, into a table with no indexes, checks or triggers, in a second fresh SQLite file.
 *
 * Run from the repository root: pnpm bench charging-uprate [people]
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  assessFinancialAnswers,
  CouncilPolicySchema,
  formatPounds,
  nationalDefaultPolicy,
  planUprating,
  type FinancialAnswersInput,
} from '@open-sds/charging'
import {
  financialOutcomeOf,
  openDatabase,
  type FinancialAssessment,
  type FinancialAssessmentsRepository,
} from '@open-sds/db'
import { prng } from './seeded-random.ts'

const PEOPLE = Math.min(Number(process.argv[2] ?? 100_000), 100_000)
const BEFORE = '2025-09-01'
const AFTER = '2026-04-06'

const policy = CouncilPolicySchema.parse({
  ...nationalDefaultPolicy,
  name: 'Bench council',
  version: 'bench',
  taperPercent: 90,
  minimumChargeWeeklyPence: 125,
})

// Single people without disability premiums: the 2026/27 table has no premiums or couple rates yet, and a person the
// engine cannot assess would (rightly) stop the whole uprating. Answers are what the portal's five form steps store.
function answersFor(random: () => number): { answers: FinancialAnswersInput; costOfCarePence: number } {
  const int = (max: number) => Math.floor(random() * (max + 1))
  const age = 18 + int(80)
  const pensionAge = age >= 67
  const rent = int(15_000)
  const answers: FinancialAnswersInput = {
    'about-you': { age, pensionCreditAge: pensionAge, couple: false, disabilityPremium: false },
    capital: { savings: random() < 0.5 ? int(3_000_000) : 0, savingsJoint: false, otherProperty: 0 },
    income: {
      [pensionAge ? 'statePension' : 'esa']: 8_000 + int(25_000),
      privatePension: random() < 0.4 ? int(20_000) : 0,
      careBenefit: 'none',
      mobility: random() < 0.3 ? 2_905 : 0,
    },
    housing: { rent, housingBenefit: Math.floor(rent * random()), councilTax: int(3_000) },
    costs: random() < 0.5 ? { basis: 'itemised', heating: 1 + int(1_499) } : { basis: 'none' },
  }
  return { answers, costOfCarePence: 5_000 + int(50_000) }
}

/** The uprating as the portal plans it: every current confirmed charge and who waits for a finance officer. */
async function plan(repo: FinancialAssessmentsRepository) {
  const asInput = (version: FinancialAssessment) => ({
    personId: version.personId,
    versionId: version.id,
    answers: version.answers,
    weeklyChargePence: version.weeklyChargePence,
    weeklyCostOfCarePence: version.weeklyCostOfCarePence,
    ratesYear: version.ratesYear,
  })
  const current = await repo.listCurrentConfirmed()
  const answersOf = new Map(current.map((version) => [version.id, version.answers]))
  const planned = planUprating(
    {
      date: AFTER,
      current: current.map(asInput),
      awaitingReview: (await repo.listAwaitingReview()).map(({ personId }) => ({ personId })),
    },
    policy,
  )
  if (!planned.ok) throw new Error(`uprating plan failed: ${planned.errors.map((found) => found.message).join(' ')}`)
  const versions = planned.value.changes.map((change) => ({
    supersedesId: change.versionId,
    personId: change.personId,
    answers: answersOf.get(change.versionId) ?? {},
    outcome: financialOutcomeOf(change.assessment),
  }))
  return { ...planned.value, versions }
}

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-uprate-'))
try {
  // Setup: people and their confirmed 2025/26 charges.
  const handle = openDatabase({ path: join(folder, 'uprate.sqlite') })
  const { sqlite } = handle
  const now = Date.parse('2025-09-01T09:00:00Z')
  const userId = randomUUID()
  sqlite
    .prepare(
      `insert into users (id, email, display_name, password_hash, role, created_at) values (?, 'finance@example.org', 'Bench', 'x', 'finance-officer', ?)`,
    )
    .run(userId, now)
  const random = prng(20_260_406)
  const insertPerson = sqlite.prepare('insert into people (id, display_name, created_at) values (?, ?, ?)')
  const insertVersion = sqlite.prepare(
    `insert into financial_assessments (id, person_id, status, kind, answers, result, weekly_charge_pence, weekly_cost_of_care_pence, rules_version, policy_name, policy_version, rates_year, assessed_for, recorded_by_user_id, recorded_at, updated_at)
     values (?, ?, 'confirmed', 'assessment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const setupStarted = performance.now()
  sqlite.transaction(() => {
    for (let i = 0; i < PEOPLE; i += 1) {
      const { answers, costOfCarePence } = answersFor(random)
      const result = assessFinancialAnswers({ answers, costOfCareWeeklyPence: costOfCarePence }, policy, {
        now: BEFORE,
      })
      if (!result.ok) throw new Error(`setup: ${JSON.stringify(result.errors)}`)
      const personId = randomUUID()
      const versionId = randomUUID()
      insertPerson.run(personId, `Person ${i}`, now)
      const o = financialOutcomeOf(result.value)
      insertVersion.run(
        versionId,
        personId,
        JSON.stringify(answers),
        JSON.stringify(o.result),
        o.weeklyChargePence,
        o.weeklyCostOfCarePence,
        o.rulesVersion,
        o.policyName,
        o.policyVersion,
        o.ratesYear,
        o.assessedFor,
        userId,
        now,
        now,
      )
    }
  })()
  const setupMs = performance.now() - setupStarted

  // Timed: the preview (what the admin page shows before confirming), then the confirmation, as the portal runs them.
  const repo = handle.repos.financialAssessments
  const p0 = performance.now()
  const { totals, problems, versions } = await plan(repo)
  const p1 = performance.now()
  const t0 = performance.now()
  const confirmed = await plan(repo)
  if (confirmed.problems.length > 0) throw new Error(`uprating refused: ${confirmed.problems[0]?.message ?? ''}`)
  const run = await repo.recordUprating(
    {
      reason: `Yearly uprating to the ${confirmed.ratesYear} rates from ${AFTER}`,
      recordedByUserId: userId,
      versions: confirmed.versions,
    },
    new Date(Date.parse('2026-04-06T08:00:00Z')),
  )
  const t3 = performance.now()
  if (!run.ok) throw new Error(`uprating failed: ${run.errors.map((found) => found.message).join(' ')}`)
  const upratedRows = (
    sqlite.prepare(`select count(*) as n from financial_assessments where kind = 'uprating'`).get() as { n: number }
  ).n
  handle.close()

  // Floor: a bare insert of the same rows, one prepared statement, one transaction, no indexes, checks or triggers.
  const floorDb = openDatabase({ path: join(folder, 'floor.sqlite'), migrate: false }).sqlite
  floorDb.exec(
    `create table bare (id text, person_id text, supersedes_id text, status text, kind text, answers text, result text, weekly_charge_pence integer, weekly_cost_of_care_pence integer, rules_version text, policy_name text, policy_version text, rates_year text, assessed_for text, reason text, uprating_run_id text, recorded_by_user_id text, recorded_at integer, updated_at integer)`,
  )
  const bare = floorDb.prepare(
    `insert into bare values (?, ?, ?, 'confirmed', 'uprating', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'run', ?, ?, ?)`,
  )
  const f0 = performance.now()
  floorDb.transaction(() => {
    for (const v of versions) {
      const o = v.outcome
      bare.run(
        randomUUID(),
        v.personId,
        v.supersedesId,
        JSON.stringify(v.answers),
        JSON.stringify(o.result),
        o.weeklyChargePence,
        o.weeklyCostOfCarePence,
        o.rulesVersion,
        o.policyName,
        o.policyVersion,
        o.ratesYear,
        o.assessedFor,
        userId,
        now,
        now,
      )
    }
  })()
  const f1 = performance.now()
  floorDb.close()

  const ms = (value: number) => Math.round(value)
  const results = {
    benchmark: 'charging-uprate',
    people: PEOPLE,
    setupMs: ms(setupMs),
    preview: { planMs: ms(p1 - p0), peoplePerSecond: Math.round(PEOPLE / ((p1 - p0) / 1000)) },
    uprating: {
      totalMs: ms(t3 - t0),
      rowsPerSecond: Math.round(PEOPLE / ((t3 - t0) / 1000)),
      written: upratedRows,
      problems: problems.length,
      up: totals.up,
      down: totals.down,
      same: totals.same,
      weeklyTotalBeforePence: totals.beforePence,
      weeklyTotalAfterPence: totals.afterPence,
    },
    floor: { bareInsertMs: ms(f1 - f0), rowsPerSecond: Math.round(versions.length / ((f1 - f0) / 1000)) },
    endToEndOverFloor: Number(((t3 - t0) / (f1 - f0)).toFixed(1)),
    node: process.version,
  }
  console.log(
    `charging-uprate: ${PEOPLE.toLocaleString('en-GB')} stored confirmed assessments, 2025/26 -> 2026/27, with the packages' uprating code`,
  )
  console.log(
    `  preview (read, map and recalculate every charge; nothing written): ${results.preview.planMs} ms; ${results.preview.peoplePerSecond.toLocaleString('en-GB')} people/s`,
  )
  console.log(
    `  confirmation end to end (plan again, then write every version in one transaction): ${results.uprating.totalMs} ms; ${results.uprating.rowsPerSecond.toLocaleString('en-GB')} people/s`,
  )
  console.log(
    `  floor (bare insert of the same rows): ${results.floor.bareInsertMs} ms; ${results.floor.rowsPerSecond.toLocaleString('en-GB')} rows/s`,
  )
  console.log(`  confirmation / floor: ${results.endToEndOverFloor}x`)
  console.log(
    `  written ${upratedRows}; could not be worked out ${problems.length}; up ${totals.up}, down ${totals.down}, same ${totals.same}; weekly total ${formatPounds(totals.beforePence)} -> ${formatPounds(totals.afterPence)}`,
  )
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
  writeFileSync(new URL('./results/charging-uprate.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
