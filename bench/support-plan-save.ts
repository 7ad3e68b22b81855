/**
 * Benchmark: saving a change to a support plan on a real SQLite file (WAL), as the portal does when a budget holder
 * moves money between supports. Three figures in one run, on the same database:
 *
 * - change: read the plan's rows, rebuild the package's PlanRecord through its schema, applyFlexibleChange, cost the
 *   new version, and save it with supportPlans.saveChanges (the conditional update, a version row and a history row,
 *   in one BEGIN IMMEDIATE transaction). Everything but HTTP and rendering.
 * - save only: supportPlans.saveChanges with the same rows, prepared beforehand.
 * - floor: the same two inserts (the plan JSON row and a small history row) with bare prepared statements in one
 *   transaction, no checks, no update.
 *
 * Run from the repository root: pnpm bench support-plan-save [changes]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase, type StoredSupportPlan } from '@open-sds/db'
import { PlanRecordSchema, applyFlexibleChange, costPlan, type Plan, type PlanRecord } from '@open-sds/support-planning'

const CHANGES = Math.max(100, Math.min(Number(process.argv[2] ?? 2_000), 20_000))
const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-'))
const handle = openDatabase({ path: join(folder, 'bench.sqlite') })
const { repos, sqlite } = handle
const now = new Date('2026-04-01T09:00:00Z')

const user = await repos.users.create(
  { email: 'bench@example.org', displayName: 'Bench', passwordHash: 'x', role: 'citizen' },
  now,
)
if (!user.ok) throw new Error('bench setup: user')
const userId = user.value.id

/** A plan of 20 supports over 5 outcomes, all within a £400 budget. */
function basePlan(name: string): Plan {
  const outcomes = ['o1', 'o2', 'o3', 'o4', 'o5']
  return {
    people: {
      person: { name },
      plannedWith: [{ name, role: 'the-person' }],
      moneyManagedBy: { name, role: 'the-person' },
    },
    outcomes: outcomes.map((id) => ({
      id,
      words: `Outcome ${id} in my own words`,
      linkedItems: [{ frameworkId: 'putting-people-first', itemId: 'live-independently' }],
    })),
    supports: Array.from({ length: 20 }, (_, n) => ({
      id: `s${n}`,
      outcomeId: outcomes[n % 5] ?? 'o1',
      providerType: 'personal-assistant' as const,
      description: `Support ${n}`,
      frequency: { per: 'week' as const, count: 1 },
      unitCostPence: 1500,
    })),
    funding: {
      personalBudget: {
        weeklyPence: 40_000,
        assessedContributionWeeklyPence: 0,
        directPaymentWeeklyPence: 40_000,
        managedAccountWeeklyPence: 0,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [],
    },
    risksIChooseToTake: [],
    contingencyPlan: 'My sister steps in.',
    reviewDate: '2027-03-01',
  }
}

function versionRow(
  version: number,
  plan: Plan,
  status: 'draft' | 'active',
  change: 'created' | 'flexible-change',
  at: Date,
) {
  const costing = costPlan(plan)
  return {
    version,
    status,
    change,
    plan,
    weeklyCostPence: costing.weeklyPence,
    oneOffCostPence: costing.oneOffPence,
    budgetWeeklyPence: 40_000,
    directPaymentWeeklyPence: 40_000,
    managedAccountWeeklyPence: 0,
    individualServiceFundWeeklyPence: 0,
    createdByUserId: userId,
    createdByRole: 'person' as const,
    createdAt: at,
  }
}

/** An active plan for a new person, as the portal would leave it after approval. */
async function activePlan(index: number): Promise<StoredSupportPlan> {
  const person = await repos.people.create({ displayName: `Person ${index}` }, now)
  if (!person.ok) throw new Error('bench setup: person')
  const made = await repos.supportPlans.create({
    personId: person.value.id,
    firstVersion: versionRow(1, basePlan(`Person ${index}`), 'draft', 'created', now),
    created: {
      recordVersion: 1,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      planVersion: 1,
      byUserId: userId,
      byRole: 'person',
      at: now,
    },
  })
  if (!made.ok) throw new Error('bench setup: plan')
  const moves = [
    ['submit', 'draft', 'submitted'],
    ['approve', 'submitted', 'approved'],
    ['activate', 'approved', 'active'],
  ] as const
  const saved = await repos.supportPlans.saveChanges({
    planId: made.value.id,
    expectedRecordVersion: 1,
    status: 'active',
    currentVersion: 1,
    approvedVersion: 1,
    inForceVersion: 1,
    versions: [],
    transitions: moves.map(([action, from, to], n) => ({
      recordVersion: 2 + n,
      action,
      fromStatus: from,
      toStatus: to,
      planVersion: 1,
      byUserId: userId,
      byRole: n === 0 ? 'person' : 'practitioner',
      at: now,
    })),
  })
  if (!saved.ok) throw new Error('bench setup: activate')
  return saved.value
}

function toRecord(stored: StoredSupportPlan): PlanRecord {
  return PlanRecordSchema.parse({
    id: stored.id,
    version: stored.recordVersion,
    state: stored.status,
    ...(stored.approvedVersion === null ? {} : { approvedPlanVersion: stored.approvedVersion }),
    versions: stored.versions.map((v) => ({
      planVersion: v.version,
      plan: v.plan,
      recordedAt: v.createdAt.toISOString(),
      recordedBy: { id: v.createdByUserId, role: v.createdByRole },
      change: v.change,
    })),
    history: stored.transitions.map((t) => ({
      recordVersion: t.recordVersion,
      action: t.action,
      from: t.fromStatus,
      to: t.toStatus,
      actor: { id: t.byUserId, role: t.byRole },
      at: t.at.toISOString(),
      planVersion: t.planVersion,
      ...(t.reason === null ? {} : { reason: t.reason }),
      ...(t.changes === null ? {} : { changes: t.changes }),
      ...(t.rulesVersion === null ? {} : { rulesVersion: t.rulesVersion }),
    })),
  })
}

/** Moves 1p a week of unit cost from one support to another within outcome o1, alternating direction. */
function shifted(plan: Plan, step: number): Plan {
  const supports = plan.supports.map((support) => {
    if (support.id === 's0') return { ...support, unitCostPence: support.unitCostPence + (step % 2 === 0 ? -1 : 1) }
    if (support.id === 's5') return { ...support, unitCostPence: support.unitCostPence + (step % 2 === 0 ? 1 : -1) }
    return support
  })
  return { ...plan, supports }
}

const PLANS = 50
const plans: StoredSupportPlan[] = []
for (let index = 0; index < PLANS; index += 1) plans.push(await activePlan(index))

// change: the whole portal path short of HTTP, spread over the plans so histories grow slowly.
let changeMs = 0
let rejected = 0
for (let n = 0; n < CHANGES; n += 1) {
  const planId = plans[n % PLANS]?.id ?? ''
  const t0 = performance.now()
  const stored = await repos.supportPlans.findById(planId)
  if (!stored) throw new Error('bench: plan vanished')
  const record = toRecord(stored)
  const proposed = shifted(record.versions.at(-1)?.plan ?? basePlan('x'), n)
  const changed = applyFlexibleChange(record, proposed, {
    actor: { id: userId, role: 'person' },
    now: now.toISOString(),
    expectedVersion: record.version,
  })
  if (!changed.ok) throw new Error(`bench: flexible change refused: ${changed.errors.map((e) => e.message).join('; ')}`)
  const version = changed.value.versions.at(-1)
  const entry = changed.value.history.at(-1)
  if (!version || !entry) throw new Error('bench: no new version')
  const saved = await repos.supportPlans.saveChanges({
    planId,
    expectedRecordVersion: stored.recordVersion,
    status: 'active',
    currentVersion: version.planVersion,
    approvedVersion: stored.approvedVersion,
    inForceVersion: version.planVersion,
    versions: [versionRow(version.planVersion, version.plan, 'active', 'flexible-change', now)],
    transitions: [
      {
        recordVersion: entry.recordVersion,
        action: 'flexible-change',
        fromStatus: 'active',
        toStatus: 'active',
        planVersion: entry.planVersion,
        byUserId: userId,
        byRole: 'person',
        at: now,
        changes: entry.changes ?? null,
        rulesVersion: entry.rulesVersion ?? null,
      },
    ],
  })
  changeMs += performance.now() - t0
  if (!saved.ok) rejected += 1
}

// save only: the repository write with rows prepared beforehand, on a fresh set of plans.
const saveTargets: StoredSupportPlan[] = []
for (let index = 0; index < PLANS; index += 1) saveTargets.push(await activePlan(PLANS + index))
const heads = new Map(
  saveTargets.map((plan) => [
    plan.id,
    { recordVersion: plan.recordVersion, version: plan.currentVersion, plan: basePlan('x') },
  ]),
)
let saveMs = 0
for (let n = 0; n < CHANGES; n += 1) {
  const planId = saveTargets[n % PLANS]?.id ?? ''
  const head = heads.get(planId)
  if (!head) throw new Error('bench: no head')
  const plan = shifted(head.plan, n)
  const rows = {
    planId,
    expectedRecordVersion: head.recordVersion,
    status: 'active' as const,
    currentVersion: head.version + 1,
    approvedVersion: 1,
    inForceVersion: head.version + 1,
    versions: [versionRow(head.version + 1, plan, 'active', 'flexible-change', now)],
    transitions: [
      {
        recordVersion: head.recordVersion + 1,
        action: 'flexible-change' as const,
        fromStatus: 'active' as const,
        toStatus: 'active' as const,
        planVersion: head.version + 1,
        byUserId: userId,
        byRole: 'person' as const,
        at: now,
      },
    ],
  }
  const t0 = performance.now()
  const saved = await repos.supportPlans.saveChanges(rows)
  saveMs += performance.now() - t0
  if (!saved.ok) throw new Error(`bench: save refused: ${saved.errors.map((e) => e.message).join('; ')}`)
  heads.set(planId, { recordVersion: head.recordVersion + 1, version: head.version + 1, plan })
}

// floor: the same two rows inserted with bare prepared statements in one transaction.
sqlite.exec(
  'create table floor_versions (plan_id text, version integer, plan text, primary key (plan_id, version)); create table floor_history (plan_id text, n integer, at integer, primary key (plan_id, n))',
)
const insertVersion = sqlite.prepare('insert into floor_versions values (?, ?, ?)')
const insertHistory = sqlite.prepare('insert into floor_history values (?, ?, ?)')
const floorSave = sqlite.transaction((planId: string, n: number, json: string) => {
  insertVersion.run(planId, n, json)
  insertHistory.run(planId, n, now.getTime())
})
let floorMs = 0
for (let n = 0; n < CHANGES; n += 1) {
  const json = JSON.stringify(shifted(basePlan('x'), n))
  const t0 = performance.now()
  floorSave(`p${n % PLANS}`, n, json)
  floorMs += performance.now() - t0
}

handle.close()
rmSync(folder, { recursive: true, force: true })

const perSecond = (ms: number) => Math.round(CHANGES / (ms / 1000))
const results = {
  benchmark: 'support-plan-save',
  changes: CHANGES,
  plans: PLANS,
  supportsPerPlan: 20,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  change: {
    totalMs: Math.round(changeMs),
    perSecond: perSecond(changeMs),
    meanMs: Number((changeMs / CHANGES).toFixed(3)),
    rejected,
  },
  saveOnly: {
    totalMs: Math.round(saveMs),
    perSecond: perSecond(saveMs),
    meanMs: Number((saveMs / CHANGES).toFixed(3)),
  },
  floor: {
    totalMs: Math.round(floorMs),
    perSecond: perSecond(floorMs),
    meanMs: Number((floorMs / CHANGES).toFixed(3)),
  },
  saveOverFloor: Number((saveMs / floorMs).toFixed(1)),
  changeOverFloor: Number((changeMs / floorMs).toFixed(1)),
  versionsPerPlanAtEnd: 1 + CHANGES / PLANS,
}
console.log(
  `support-plan-save: ${CHANGES.toLocaleString('en-GB')} changes within flexibility over ${PLANS} plans of 20 supports (${results.node})`,
)
console.log(
  `  read + applyFlexibleChange + save: ${results.change.perSecond.toLocaleString('en-GB')} changes/s (mean ${results.change.meanMs} ms)`,
)
console.log(
  `  saveChanges only:                  ${results.saveOnly.perSecond.toLocaleString('en-GB')} saves/s (mean ${results.saveOnly.meanMs} ms)`,
)
console.log(
  `  floor (two bare inserts):          ${results.floor.perSecond.toLocaleString('en-GB')} saves/s (mean ${results.floor.meanMs} ms)`,
)
console.log(
  `  save is ${results.saveOverFloor}x the floor; the whole change ${results.changeOverFloor}x; each plan ends with ${results.versionsPerPlanAtEnd} versions`,
)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/support-plan-save.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
