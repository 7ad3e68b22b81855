/**
 * Benchmark: the yearly uprating of 100,000 stored financial assessments in SQLite, end to end, beside a floor.
 *
 * Setup (not timed): a fresh SQLite file with the portal's migrations; 100,000 synthetic people (seeded), each with a
 * confirmed 2025/26 financial assessment worked out by @open-sds/charging and stored through the repository.
 *
 * Timed, the uprating as the portal does it: read every current confirmed assessment (the repository's query), work
 * out each charge again under the 2026/27 rates from the stored input, then write every new version through
 * `recordUprating`, in one transaction (zod validation, supersede checks, triggers and indexes included).
 *
 * Floor, in the same run: a bare insert of the same 100,000 rows (same columns and JSON) with one prepared statement
 * in one transaction, into a table with no indexes, checks or triggers, in a second fresh SQLite file.
 *
 * Run from /work/main: pnpm bench charging-uprate [people]
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { assessNonResidential, nationalDefaultPolicy, type ChargeAssessment, type CouncilPolicyInput, type NonResidentialInputInput } from '@open-sds/charging'
import { openDatabase, type FinancialOutcome, type UpratedVersion } from '@open-sds/db'
import { prng } from './seeded-random.ts'

const PEOPLE = Math.min(Number(process.argv[2] ?? 100_000), 100_000)
const BEFORE = '2025-09-01'
const AFTER = '2026-04-06'

const policy: CouncilPolicyInput = { ...nationalDefaultPolicy, name: 'Bench council', version: 'bench', taperPercent: 90, minimumChargeWeeklyPence: 125 }

type Input = Extract<NonResidentialInputInput, { route: 'full' }>

// Single people without disability premiums: the 2026/27 table has no premiums or couple rates yet, and a person the
// engine cannot assess would (rightly) stop the whole uprating.
function person(random: () => number): Input {
  const int = (max: number) => Math.floor(random() * (max + 1))
  const ageYears = 18 + int(80)
  const income: Input['income'] = [{ kind: ageYears >= 67 ? 'state-pension' : 'employment-and-support-allowance', weeklyPence: 8_000 + int(25_000) }]
  if (random() < 0.4) income.push({ kind: 'occupational-or-private-pension', weeklyPence: int(20_000) })
  if (random() < 0.3) income.push({ kind: 'pip-mobility', weeklyPence: 2_905 })
  const rent = int(15_000)
  return {
    route: 'full',
    person: { ageYears, pensionCreditAge: ageYears >= 67 },
    capital: random() < 0.5 ? [{ kind: 'savings', valuePence: int(3_000_000) }] : [],
    income,
    housing: { costs: [{ kind: 'rent', weeklyPence: rent }, { kind: 'council-tax', weeklyPence: int(3_000) }], housingBenefitWeeklyPence: Math.floor(rent * random()) },
    dre: random() < 0.5 ? { basis: 'itemised', items: [{ label: 'Extra heating', amountPence: int(1_500), per: 'week' }] } : { basis: 'none' },
    services: [{ kind: 'care-and-support', cost: { amountPence: 5_000 + int(50_000), per: 'week' } }],
  }
}

function outcomeOf(result: ChargeAssessment): FinancialOutcome {
  return {
    result,
    weeklyChargePence: result.weeklyChargePence,
    weeklyCostOfCarePence: result.weeklyCostOfCarePence,
    rulesVersion: result.rulesVersion,
    policyName: result.policy.name,
    policyVersion: result.policy.version,
    ratesYear: result.ratesYear,
    assessedFor: result.assessedFor,
  }
}

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-uprate-'))
try {
  // Setup: people and their confirmed 2025/26 charges.
  const handle = openDatabase({ path: join(folder, 'uprate.sqlite') })
  const { sqlite } = handle
  const now = Date.parse('2025-09-01T09:00:00Z')
  const userId = randomUUID()
  sqlite.prepare(`insert into users (id, email, display_name, password_hash, role, created_at) values (?, 'finance@example.org', 'Bench', 'x', 'finance-officer', ?)`).run(userId, now)
  const random = prng(20_260_406)
  const insertPerson = sqlite.prepare('insert into people (id, display_name, created_at) values (?, ?, ?)')
  const insertVersion = sqlite.prepare(
    `insert into financial_assessments (id, person_id, status, kind, answers, result, weekly_charge_pence, weekly_cost_of_care_pence, rules_version, policy_name, policy_version, rates_year, assessed_for, recorded_by_user_id, recorded_at, updated_at)
     values (?, ?, 'confirmed', 'assessment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const setupStarted = performance.now()
  sqlite.transaction(() => {
    for (let i = 0; i < PEOPLE; i += 1) {
      const input = person(random)
      const result = assessNonResidential(input, policy, { now: BEFORE })
      if (!result.ok) throw new Error(`setup: ${JSON.stringify(result.errors)}`)
      const personId = randomUUID()
      insertPerson.run(personId, `Person ${i}`, now)
      const o = outcomeOf(result.value)
      insertVersion.run(randomUUID(), personId, JSON.stringify(input), JSON.stringify(o.result), o.weeklyChargePence, o.weeklyCostOfCarePence, o.rulesVersion, o.policyName, o.policyVersion, o.ratesYear, o.assessedFor, userId, now, now)
    }
  })()
  const setupMs = performance.now() - setupStarted

  // Timed: the uprating end to end.
  const repo = handle.repos.financialAssessments
  const t0 = performance.now()
  const current = await repo.listCurrentConfirmed()
  const t1 = performance.now()
  const versions: UpratedVersion[] = []
  let failures = 0
  let up = 0
  let down = 0
  let beforePence = 0
  let afterPence = 0
  for (const version of current) {
    const result = assessNonResidential(version.answers as Input, policy, { now: AFTER })
    if (!result.ok) {
      failures += 1
      continue
    }
    const from = version.weeklyChargePence ?? 0
    const to = result.value.weeklyChargePence
    if (to > from) up += 1
    else if (to < from) down += 1
    beforePence += from
    afterPence += to
    versions.push({ supersedesId: version.id, personId: version.personId, answers: version.answers, outcome: outcomeOf(result.value) })
  }
  const t2 = performance.now()
  const written = await repo.recordUprating({ reason: 'Yearly uprating to the 2026/27 rates (bench)', recordedByUserId: userId, versions }, new Date(Date.parse('2026-04-06T08:00:00Z')))
  const t3 = performance.now()
  if (!written.ok) throw new Error(`uprating failed: ${JSON.stringify(written.errors.slice(0, 3))}`)
  const upratedRows = (sqlite.prepare(`select count(*) as n from financial_assessments where kind = 'uprating'`).get() as { n: number }).n
  handle.close()

  // Floor: a bare insert of the same rows, one prepared statement, one transaction, no indexes, checks or triggers.
  const floorDb = openDatabase({ path: join(folder, 'floor.sqlite'), migrate: false }).sqlite
  floorDb.exec(`create table bare (id text, person_id text, supersedes_id text, status text, kind text, answers text, result text, weekly_charge_pence integer, weekly_cost_of_care_pence integer, rules_version text, policy_name text, policy_version text, rates_year text, assessed_for text, reason text, uprating_run_id text, recorded_by_user_id text, recorded_at integer, updated_at integer)`)
  const bare = floorDb.prepare(`insert into bare values (?, ?, ?, 'confirmed', 'uprating', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'run', ?, ?, ?)`)
  const f0 = performance.now()
  floorDb.transaction(() => {
    for (const v of versions) {
      const o = v.outcome
      bare.run(randomUUID(), v.personId, v.supersedesId, JSON.stringify(v.answers), JSON.stringify(o.result), o.weeklyChargePence, o.weeklyCostOfCarePence, o.rulesVersion, o.policyName, o.policyVersion, o.ratesYear, o.assessedFor, userId, now, now)
    }
  })()
  const f1 = performance.now()
  floorDb.close()

  const ms = (value: number) => Math.round(value)
  const results = {
    benchmark: 'charging-uprate',
    people: PEOPLE,
    setupMs: ms(setupMs),
    uprating: {
      totalMs: ms(t3 - t0),
      readMs: ms(t1 - t0),
      recalculateMs: ms(t2 - t1),
      writeMs: ms(t3 - t2),
      rowsPerSecond: Math.round(PEOPLE / ((t3 - t0) / 1000)),
      written: upratedRows,
      failures,
      up,
      down,
      same: versions.length - up - down,
      weeklyTotalBeforePence: beforePence,
      weeklyTotalAfterPence: afterPence,
    },
    floor: { bareInsertMs: ms(f1 - f0), rowsPerSecond: Math.round(versions.length / ((f1 - f0) / 1000)) },
    writeOverFloor: Number(((t3 - t2) / (f1 - f0)).toFixed(1)),
    endToEndOverFloor: Number(((t3 - t0) / (f1 - f0)).toFixed(1)),
    node: process.version,
  }
  console.log(`charging-uprate: ${PEOPLE.toLocaleString('en-GB')} stored confirmed assessments, 2025/26 -> 2026/27`)
  console.log(`  end to end: ${results.uprating.totalMs} ms (read ${results.uprating.readMs}, recalculate ${results.uprating.recalculateMs}, write in one transaction ${results.uprating.writeMs}); ${results.uprating.rowsPerSecond.toLocaleString('en-GB')} people/s`)
  console.log(`  floor (bare insert of the same rows): ${results.floor.bareInsertMs} ms; ${results.floor.rowsPerSecond.toLocaleString('en-GB')} rows/s`)
  console.log(`  write / floor: ${results.writeOverFloor}x; end to end / floor: ${results.endToEndOverFloor}x`)
  console.log(`  written ${upratedRows}; failures ${failures}; up ${up}, down ${down}, same ${results.uprating.same}; weekly total £${(beforePence / 100).toFixed(2)} -> £${(afterPence / 100).toFixed(2)}`)
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
  writeFileSync(new URL('./results/charging-uprate.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
