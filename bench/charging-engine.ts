/**
 * Benchmark: the charging engine's figure-only calculator (createChargeCalculator) on 1,000,000 synthetic people,
 * beside the explained assessment (assessNonResidential) and the bare-arithmetic floor: the same people through a
 * loop of plain integer arithmetic with no rules (summing their income, capital and costs), which no engine can beat.
 * Inputs are validated once, outside the timed loops, as a council's stored assessments would be. The explained
 * assessment runs on a sample, and its charges are compared with the calculator's for the same people.
 *
 * Run: pnpm bench charging-engine [people]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  assessNonResidential,
  createChargeCalculator,
  NonResidentialInputSchema,
  nationalDefaultPolicy,
  type CouncilPolicyInput,
  type NonResidentialInput,
  type NonResidentialInputInput,
} from '@open-sds/charging'
import { prng } from './seeded-random.ts'

const PEOPLE = Math.max(1, Number(process.argv[2] ?? 1_000_000))
const BATCH = 20_000
const EXPLAINED_SAMPLE = Math.min(PEOPLE, 20_000)
const NOW = '2025-06-01'

const policy: CouncilPolicyInput = {
  ...nationalDefaultPolicy,
  name: 'Bench council',
  version: 'bench',
  taperPercent: 90,
  minimumChargeWeeklyPence: 125,
  standardDre: {
    weeklyPence: 1_085,
    covers: ['extra laundry', 'extra heating'],
    appliesTo: 'people-receiving-disability-benefits',
  },
  // 2025/26 has no national Savings Credit disregard yet; this council supplies it, as a plugin would.
  rateOverrides: {
    '2025/26': {
      savingsCreditDisregard: { pence: 700, source: 'bench council', status: 'unverified' },
      savingsCreditDisregardCouple: { pence: 1_050, source: 'bench council', status: 'unverified' },
    },
  },
}

const COUNTED = [
  'state-pension',
  'employment-and-support-allowance',
  'universal-credit',
  'occupational-or-private-pension',
  'savings-credit',
  'war-widows-pension',
] as const
const IGNORED = ['pip-mobility', 'dla-mobility', 'earnings', 'child-benefit', 'war-disablement-pension'] as const
type Full = Extract<NonResidentialInputInput, { route: 'full' }>

function person(random: () => number): Full {
  const int = (max: number) => Math.floor(random() * (max + 1))
  const ageYears = 18 + int(80)
  const pensionCreditAge = ageYears >= 66
  const memberOfCouple = random() < 0.25
  const income: Full['income'] = []
  for (let i = 0, n = 1 + int(3); i < n; i += 1) {
    const ignored = random() < 0.3
    income.push({
      kind: ignored ? IGNORED[int(IGNORED.length - 1)]! : COUNTED[int(COUNTED.length - 1)]!,
      weeklyPence: int(30_000),
      jointlyHeld: !ignored && random() < 0.1,
    })
  }
  if (random() < 0.3)
    income.push({ kind: 'attendance-allowance', weeklyPence: 11_040, higherRate: true, lowerRateWeeklyPence: 7_390 })
  const capital: NonNullable<Full['capital']> = []
  if (random() < 0.6)
    capital.push({ kind: 'savings', valuePence: int(3_000_000), sharePercent: random() < 0.2 ? 50 : 100 })
  if (random() < 0.4) capital.push({ kind: 'main-home', valuePence: int(40_000_000) })
  const rent = int(20_000)
  const dre = random()
  return {
    route: 'full',
    person: {
      ageYears,
      pensionCreditAge,
      memberOfCouple,
      ...(memberOfCouple ? { partnerPensionCreditAge: random() < 0.4 } : {}),
      dependentChildren: !pensionCreditAge && random() < 0.15 ? 1 + int(2) : 0,
      disabilityPremium: !pensionCreditAge && random() < 0.5,
    },
    capital,
    income,
    nightCareProvided: random() < 0.5,
    housing: {
      costs: [
        { kind: 'rent', weeklyPence: rent },
        { kind: 'council-tax', weeklyPence: int(4_000) },
      ],
      housingBenefitWeeklyPence: Math.floor(rent * random()),
    },
    dre:
      dre < 0.4
        ? {
            basis: 'itemised',
            items: [
              { label: 'Cleaner', amountPence: int(3_000), per: 'week' },
              { label: 'Alarm', amountPence: int(2_000), per: 'month' },
            ],
          }
        : dre < 0.7
          ? { basis: 'standard' }
          : { basis: 'none' },
    services: [
      { kind: 'care-and-support', cost: { amountPence: int(60_000), per: random() < 0.8 ? 'week' : 'month' } },
    ],
  }
}

/** The floor: each person's amounts summed and set against their cost with integer arithmetic, and no rules at all. */
function floorFigure(p: Extract<NonResidentialInput, { route: 'full' }>): number {
  let income = 0
  for (const item of p.income) income += item.weeklyPence
  let capital = 0
  for (const item of p.capital) capital += item.valuePence
  let costs = -p.housing.housingBenefitWeeklyPence
  for (const c of p.housing.costs) costs += c.weeklyPence
  const cost = p.services[0]!.kind === 'care-and-support' ? p.services[0]!.cost.amountPence : 0
  const left = income + (capital >> 20) - costs
  return left > cost ? cost : left > 0 ? left : 0
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000

const calculator = createChargeCalculator(policy, { now: NOW })
if (!calculator.ok) throw new Error(JSON.stringify(calculator.errors))
const { nonResidential } = calculator.value

const random = prng(20_261_202)
let fastMs = 0
// CPU time as well as wall time: on a machine shared with other work, wall time mostly measures the waiting.
let fastCpuMs = 0
let floorCpuMs = 0
let floorMs = 0
let explainedMs = 0
let explainedPeople = 0
let people = 0
let refusals = 0
let disagreements = 0
let checksum = 0
let floorChecksum = 0
const refusalReasons = new Map<string, number>()
const started = performance.now()
while (people < PEOPLE) {
  const raw = Array.from({ length: Math.min(BATCH, PEOPLE - people) }, () => person(random))
  const batch = raw.map(
    (input) => NonResidentialInputSchema.parse(input) as Extract<NonResidentialInput, { route: 'full' }>,
  )

  let t = performance.now()
  let cpu = process.cpuUsage()
  const figures = new Array<number>(batch.length)
  for (let i = 0; i < batch.length; i += 1) {
    const result = nonResidential(batch[i]!)
    figures[i] = result.ok ? result.value : -1
  }
  fastMs += performance.now() - t
  fastCpuMs += cpuMs(process.cpuUsage(cpu))

  t = performance.now()
  cpu = process.cpuUsage()
  let floorSum = 0
  for (let i = 0; i < batch.length; i += 1) floorSum += floorFigure(batch[i]!)
  floorMs += performance.now() - t
  floorCpuMs += cpuMs(process.cpuUsage(cpu))
  floorChecksum += floorSum

  for (let i = 0; i < batch.length; i += 1) {
    if (figures[i]! < 0) {
      refusals += 1
      const result = nonResidential(batch[i]!)
      const path = result.ok ? 'none' : (result.errors[0]?.path ?? 'unknown')
      refusalReasons.set(path, (refusalReasons.get(path) ?? 0) + 1)
    } else checksum += figures[i]!
  }

  // The explained assessment on the first people, compared with the figure for the same person.
  if (explainedPeople < EXPLAINED_SAMPLE) {
    const n = Math.min(EXPLAINED_SAMPLE - explainedPeople, batch.length)
    t = performance.now()
    const explained = new Array<number>(n)
    for (let i = 0; i < n; i += 1) {
      const result = assessNonResidential(raw[i]!, policy, { now: NOW })
      explained[i] = result.ok ? result.value.weeklyChargePence : -1
    }
    explainedMs += performance.now() - t
    for (let i = 0; i < n; i += 1) if (explained[i] !== figures[i]) disagreements += 1
    explainedPeople += n
  }
  people += batch.length
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))
const results = {
  benchmark: 'charging-engine',
  people,
  date: NOW,
  figureOnly: {
    totalMs: Math.round(fastMs),
    cpuMs: Math.round(fastCpuMs),
    microsecondsPerPerson: round((fastMs * 1000) / people, 3),
    peoplePerSecond: Math.round(people / (fastMs / 1000)),
  },
  explained: {
    people: explainedPeople,
    totalMs: Math.round(explainedMs),
    microsecondsPerPerson: round((explainedMs * 1000) / explainedPeople, 2),
    projectedMsForAll: Math.round((explainedMs / explainedPeople) * people),
  },
  floor: {
    totalMs: round(floorMs, 1),
    cpuMs: round(floorCpuMs, 1),
    microsecondsPerPerson: round((floorMs * 1000) / people, 4),
  },
  figureOverFloor: round(fastMs / floorMs, 1),
  explainedOverFigure: round(explainedMs / explainedPeople / (fastMs / people), 1),
  under5Seconds: fastMs < 5_000,
  refusals,
  refusalReasons: Object.fromEntries(refusalReasons),
  disagreementsInSample: disagreements,
  checksumPence: checksum,
  floorChecksumPence: floorChecksum,
  wallClockMs: Math.round(performance.now() - started),
  loadAverage: os.loadavg().map((n) => round(n, 1)),
  cpus: os.cpus().length,
  node: process.version,
}
console.log(
  `charging-engine: ${people.toLocaleString('en-GB')} people assessed on ${NOW} (inputs validated once, outside the timings)`,
)
console.log(
  `  figure only (createChargeCalculator): ${results.figureOnly.totalMs} ms, ${results.figureOnly.microsecondsPerPerson} us each, ${results.figureOnly.peoplePerSecond.toLocaleString('en-GB')} people/s, ${results.figureOnly.cpuMs} ms of CPU${results.under5Seconds ? '' : '  ** over 5 seconds **'}`,
)
console.log(
  `  explained (assessNonResidential, incl. validation): ${results.explained.microsecondsPerPerson} us each on ${explainedPeople.toLocaleString('en-GB')} people; ${results.explained.projectedMsForAll} ms projected for all`,
)
console.log(
  `  bare-arithmetic floor: ${results.floor.totalMs} ms (${results.floor.cpuMs} ms of CPU), ${results.floor.microsecondsPerPerson} us each`,
)
console.log(`  load average ${results.loadAverage.join(', ')} on ${results.cpus} cores`)
console.log(`  figure / floor: ${results.figureOverFloor}x; explained / figure: ${results.explainedOverFigure}x`)
console.log(
  `  refusals ${refusals} (${JSON.stringify(results.refusalReasons)}); explained and figure disagree for ${disagreements} of ${explainedPeople}`,
)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/charging-engine.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
