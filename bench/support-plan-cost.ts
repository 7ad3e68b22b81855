/**
 * Benchmark: costPlan + checkAgainstBudget on 100,000 synthetic support plans of 20 supports each (seeded, so every
 * run costs the same plans), beside a floor: a bare loop that works out the same weekly costs from the same numbers
 * and compares the total with the budget (no explanation, no result objects). The floor's totals are compared with
 * the package's, so the benchmark also checks that the two agree.
 *
 * Run from /work/main: node_modules/.bin/tsx --conditions=@open-sds/source bench/support-plan-cost.ts [plans]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
// The workspace root has no link to the packages, so the bench reaches the package's entry point by path.
import { checkAgainstBudget, costPlan, type Plan, type Support } from '@open-sds/support-planning'
import { prng } from './seeded-random.ts'

const PLANS = Math.max(1, Math.min(Number(process.argv[2] ?? 100_000), 100_000))
const SUPPORTS_PER_PLAN = 20
const BATCH = 1_000
const TIME_LIMIT_MS = 5 * 60 * 1000

const PROVIDERS = [
  'personal-assistant',
  'agency',
  'community-group',
  'family-and-friends',
  'equipment',
  'telecare',
  'other',
] as const
const PERIODS = ['week', 'week', 'week', 'month', 'year', 'one-off'] as const
const OUTCOMES = ['o1', 'o2', 'o3', 'o4', 'o5']

const TIMES_PER_YEAR: Record<string, number> = { week: 52, month: 12, year: 1, 'one-off': 0 }

/** The floor: the same arithmetic on the same numbers, as a bare loop. */
function floorWeekly(plan: Plan): number {
  let weekly = 0
  const supports = plan.supports
  for (let i = 0; i < supports.length; i += 1) {
    const support = supports[i] as Support
    const annual = support.unitCostPence * support.frequency.count * (TIMES_PER_YEAR[support.frequency.per] ?? 0)
    weekly += Math.floor((annual + 26) / 52)
  }
  return weekly
}

function makePlan(random: () => number, index: number): { plan: Plan; budgetWeeklyPence: number } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const supports: Support[] = Array.from({ length: SUPPORTS_PER_PLAN }, (_, n) => {
    const providerType = pick(PROVIDERS)
    return {
      id: `s${n}`,
      outcomeId: pick(OUTCOMES),
      providerType,
      description: `Support ${n} for plan ${index}`,
      frequency: { per: pick(PERIODS), count: 1 + Math.floor(random() * 20) },
      unitCostPence: providerType === 'family-and-friends' ? 0 : 500 + Math.floor(random() * 4500),
    }
  })
  const plan: Plan = {
    people: {
      person: { name: `Person ${index}` },
      plannedWith: [{ name: `Person ${index}`, role: 'the-person' }],
      moneyManagedBy: { name: `Person ${index}`, role: 'the-person' },
    },
    outcomes: OUTCOMES.map((id) => ({ id, words: `Outcome ${id} in my own words`, linkedItems: [] })),
    supports,
    funding: {
      personalBudget: {
        weeklyPence: 0,
        assessedContributionWeeklyPence: 0,
        directPaymentWeeklyPence: 0,
        managedAccountWeeklyPence: 0,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [],
    },
    risksIChooseToTake: [],
    contingencyPlan: 'My sister steps in.',
    reviewDate: '2026-03-01',
  }
  // Budgets near what the plan costs, one in ten exact, so the check reports within, over and under.
  const weekly = floorWeekly(plan)
  const budgetWeeklyPence = random() < 0.1 ? weekly : Math.round(weekly * (0.9 + 0.2 * random()))
  plan.funding.personalBudget.weeklyPence = budgetWeeklyPence
  plan.funding.personalBudget.directPaymentWeeklyPence = budgetWeeklyPence
  return { plan, budgetWeeklyPence }
}

const random = prng(20250303)
let engineMs = 0
let floorMs = 0
let done = 0
let disagreements = 0
const statuses = { within: 0, over: 0, under: 0 }
const floorStatuses = { within: 0, over: 0, under: 0 }
const started = performance.now()
while (done < PLANS && performance.now() - started < TIME_LIMIT_MS) {
  const size = Math.min(BATCH, PLANS - done)
  const batch = Array.from({ length: size }, (_, n) => makePlan(random, done + n))
  const engineTotals = new Array<number>(size)
  const floorTotals = new Array<number>(size)

  let t0 = performance.now()
  for (let n = 0; n < size; n += 1) {
    const { plan, budgetWeeklyPence } = batch[n] as { plan: Plan; budgetWeeklyPence: number }
    const costing = costPlan(plan)
    const check = checkAgainstBudget(plan, budgetWeeklyPence, { costing })
    if (!check.ok) throw new Error(JSON.stringify(check.errors))
    statuses[check.value.status] += 1
    engineTotals[n] = costing.weeklyPence
  }
  engineMs += performance.now() - t0

  t0 = performance.now()
  for (let n = 0; n < size; n += 1) {
    const { plan, budgetWeeklyPence } = batch[n] as { plan: Plan; budgetWeeklyPence: number }
    const weekly = floorWeekly(plan)
    floorStatuses[weekly > budgetWeeklyPence ? 'over' : weekly < budgetWeeklyPence ? 'under' : 'within'] += 1
    floorTotals[n] = weekly
  }
  floorMs += performance.now() - t0

  for (let n = 0; n < size; n += 1) if (engineTotals[n] !== floorTotals[n]) disagreements += 1
  done += size
}

const perSecond = (ms: number) => Math.round(done / (ms / 1000))
const results = {
  benchmark: 'support-plan-cost',
  plans: done,
  supportsPerPlan: SUPPORTS_PER_PLAN,
  seed: 20250303,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  costAndCheck: { totalMs: Math.round(engineMs), plansPerSecond: perSecond(engineMs), statuses },
  floor: { totalMs: Math.round(floorMs * 10) / 10, plansPerSecond: perSecond(floorMs), statuses: floorStatuses },
  slowdownOverFloor: Math.round((engineMs / floorMs) * 10) / 10,
  totalsAgree: disagreements === 0,
  disagreements,
  stoppedByTimeLimit: done < PLANS,
}

console.log(
  `support-plan-cost: ${done.toLocaleString('en-GB')} plans of ${SUPPORTS_PER_PLAN} supports (seed ${results.seed}, ${results.node})`,
)
console.log(
  `  costPlan + checkAgainstBudget: ${results.costAndCheck.plansPerSecond.toLocaleString('en-GB')} plans/s (${results.costAndCheck.totalMs} ms)`,
)
console.log(
  `  floor (bare loop, same sums):  ${results.floor.plansPerSecond.toLocaleString('en-GB')} plans/s (${results.floor.totalMs} ms)`,
)
console.log(
  `  package is ${results.slowdownOverFloor}x the floor; totals agree: ${results.totalsAgree}; statuses ${JSON.stringify(statuses)}`,
)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/support-plan-cost.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
if (disagreements > 0) process.exitCode = 1
