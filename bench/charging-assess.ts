/**
 * Benchmark: assessNonResidential on 1,000,000 synthetic people (seeded, so every run assesses the same people),
 * beside a floor: a bare loop doing the same arithmetic with no validation, no explanation and no result objects.
 * The floor's charges are compared with the engine's, so the benchmark also checks the two agree.
 *
 * Run from /work/main: node_modules/.bin/tsx --conditions=@open-sds/source bench/charging-assess.ts [people]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
// The workspace root has no link to the packages, so the bench reaches the package's entry point by path.
import {
  assessNonResidential,
  nationalDefaultPolicy,
  ratesFor,
  type CouncilPolicyInput,
  type NonResidentialInputInput,
} from '@open-sds/charging'
import { prng } from './seeded-random.ts'

const PEOPLE = Math.min(Number(process.argv[2] ?? 1_000_000), 1_000_000)
const BATCH = 10_000
const TIME_LIMIT_MS = 10 * 60 * 1000
const NOW = '2025-06-01'

const policy: CouncilPolicyInput = {
  ...nationalDefaultPolicy,
  name: 'Bench council',
  version: 'bench',
  taperPercent: 90,
  minimumChargeWeeklyPence: 125,
}

const COUNTED = [
  'state-pension',
  'employment-and-support-allowance',
  'universal-credit',
  'occupational-or-private-pension',
] as const
const IGNORED = ['pip-mobility', 'dla-mobility', 'earnings', 'child-benefit'] as const

type Person = Extract<NonResidentialInputInput, { route: 'full' }>

function person(random: () => number): Person {
  const int = (max: number) => Math.floor(random() * (max + 1))
  const ageYears = 18 + int(72)
  const pensionCreditAge = ageYears >= 66
  const income: Person['income'] = []
  for (let i = 0, n = 1 + int(3); i < n; i += 1) {
    const ignored = random() < 0.3
    income.push({
      kind: ignored ? IGNORED[int(3)]! : COUNTED[int(3)]!,
      weeklyPence: int(30_000),
      jointlyHeld: !ignored && random() < 0.1,
    })
  }
  const capital: NonNullable<Person['capital']> = []
  if (random() < 0.6)
    capital.push({ kind: 'savings', valuePence: int(3_000_000), sharePercent: random() < 0.2 ? 50 : 100 })
  if (random() < 0.4) capital.push({ kind: 'main-home', valuePence: int(40_000_000) })
  const rent = int(20_000)
  const dreItemised = random() < 0.5
  return {
    route: 'full',
    person: {
      ageYears,
      pensionCreditAge,
      memberOfCouple: random() < 0.2,
      disabilityPremium: !pensionCreditAge && random() < 0.5,
    },
    capital,
    income,
    housing: {
      costs: [
        { kind: 'rent', weeklyPence: rent },
        { kind: 'council-tax', weeklyPence: int(4_000) },
      ],
      housingBenefitWeeklyPence: Math.floor(rent * random()),
    },
    dre: dreItemised
      ? {
          basis: 'itemised',
          items: [
            { label: 'Cleaner', amountPence: int(3_000), per: 'week' },
            { label: 'Alarm', amountPence: int(2_000), per: 'month' },
          ],
        }
      : { basis: 'none' },
    services: [{ kind: 'care-and-support', cost: { amountPence: int(60_000), per: 'week' } }],
  }
}

// The floor reads the same rates once, as plain numbers.
const table = ratesFor(NOW)
if (!table.ok) throw new Error(JSON.stringify(table.errors))
const r = (key: keyof typeof table.value.rates): number => table.value.rates[key]?.pence ?? Number.NaN
const ignoredKinds = new Set<string>(IGNORED)

function floorCharge(p: Person): number {
  const cost = p.services[0]!.kind === 'care-and-support' ? p.services[0]!.cost.amountPence : 0
  let capital = 0
  for (const item of p.capital ?? [])
    if (item.kind !== 'main-home') capital += Math.floor((item.valuePence * (item.sharePercent ?? 100)) / 100 + 1e-9)
  if (capital > r('capitalUpperLimit')) return cost < 125 ? 0 : cost
  const excess = capital - r('capitalLowerLimit')
  const tariff =
    excess > 0
      ? Math.floor((excess + r('tariffCapitalStep') - 1) / r('tariffCapitalStep')) * r('tariffWeeklyPerStep')
      : 0
  let income = tariff
  for (const item of p.income) {
    // The generated people are paid weekly; the floor prices nothing else.
    if (item.weeklyPence === undefined) throw new Error('The floor prices weekly incomes only')
    if (!ignoredKinds.has(item.kind)) income += item.jointlyHeld ? Math.floor(item.weeklyPence / 2) : item.weeklyPence
  }
  const who = p.person
  let mig = who.memberOfCouple
    ? r(who.pensionCreditAge ? 'migCouplePensionCreditAge' : 'migCouple18ToPensionCreditAge')
    : who.pensionCreditAge
      ? r('migSinglePensionCreditAge')
      : r(who.ageYears <= 24 ? 'migSingle18To24' : 'migSingle25ToPensionCreditAge')
  if (who.disabilityPremium) mig += r(who.memberOfCouple ? 'disabilityPremiumCouple' : 'disabilityPremiumSingle')
  const housing = p.housing!
  let costs = -(housing.housingBenefitWeeklyPence ?? 0)
  for (const c of housing.costs ?? []) {
    if (c.weeklyPence === undefined) throw new Error('The floor prices weekly housing costs only')
    costs += c.weeklyPence
  }
  let dre = 0
  if (p.dre?.basis === 'itemised')
    for (const d of p.dre.items) dre += d.per === 'week' ? d.amountPence : Math.round((d.amountPence * 12) / 52)
  const remainder = Math.max(0, income - mig - costs - dre)
  const charge = Math.min(Math.floor((remainder * 90) / 100 + 1e-9), cost)
  return charge > 0 && charge < 125 ? 0 : charge
}

const random = prng(20_260_401)
let engineMs = 0
let floorMs = 0
let assessed = 0
let failures = 0
let mismatches = 0
let checksum = 0
let floorChecksum = 0
const started = performance.now()
while (assessed < PEOPLE && performance.now() - started < TIME_LIMIT_MS) {
  const batch = Array.from({ length: Math.min(BATCH, PEOPLE - assessed) }, () => person(random))
  const engineCharges = new Array<number>(batch.length)
  let t = performance.now()
  for (let i = 0; i < batch.length; i += 1) {
    const result = assessNonResidential(batch[i]!, policy, { now: NOW })
    if (result.ok) engineCharges[i] = result.value.weeklyChargePence
    else failures += 1
  }
  engineMs += performance.now() - t
  const floorCharges = new Array<number>(batch.length)
  t = performance.now()
  for (let i = 0; i < batch.length; i += 1) floorCharges[i] = floorCharge(batch[i]!)
  floorMs += performance.now() - t
  for (let i = 0; i < batch.length; i += 1) {
    checksum += engineCharges[i] ?? 0
    floorChecksum += floorCharges[i]!
    if (engineCharges[i] !== floorCharges[i]) mismatches += 1
  }
  assessed += batch.length
}

const perSecond = (ms: number) => Math.round(assessed / (ms / 1000))
const results = {
  benchmark: 'charging-assess',
  people: assessed,
  engine: {
    totalMs: Math.round(engineMs),
    peoplePerSecond: perSecond(engineMs),
    microsecondsPerPerson: Number(((engineMs * 1000) / assessed).toFixed(2)),
  },
  floor: {
    totalMs: Math.round(floorMs),
    peoplePerSecond: perSecond(floorMs),
    microsecondsPerPerson: Number(((floorMs * 1000) / assessed).toFixed(3)),
  },
  engineOverFloor: Number((engineMs / floorMs).toFixed(1)),
  failures,
  mismatches,
  checksumPence: checksum,
  floorChecksumPence: floorChecksum,
  node: process.version,
}
console.log(`charging-assess: ${assessed.toLocaleString('en-GB')} people`)
console.log(
  `  assessNonResidential: ${results.engine.peoplePerSecond.toLocaleString('en-GB')} people/s (${results.engine.totalMs} ms, ${results.engine.microsecondsPerPerson} us each)`,
)
console.log(
  `  floor (bare arithmetic): ${results.floor.peoplePerSecond.toLocaleString('en-GB')} people/s (${results.floor.totalMs} ms)`,
)
console.log(
  `  engine / floor: ${results.engineOverFloor}x; failures ${failures}; charges that differ from the floor ${mismatches}`,
)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/charging-assess.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
