/**
 * How long the annual safeguarding counts take over a large council's worth of records, beside the
 * floor of a bare counting loop over the same records. Pure and in memory: 1,000,000 synthetic
 * concerns (seeded, so every run sees the same data) and the enquiries that follow from a share of them.
 *
 * Run from the repository root:
 *   node_modules/.bin/tsx --conditions=@open-sds/source bench/safeguarding-counts.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
// The workspace root has no link to the packages, so the bench reaches the package's entry point by path.
import {
  abuseTypes,
  ageBands,
  annualCounts,
  locationsOfRisk,
  sourcesOfRisk,
  type CountableConcern,
  type CountableEnquiry,
} from '@open-sds/safeguarding'
import { prng } from './seeded-random.ts'
import { syntheticEnquiry } from './synthetic-enquiry.ts'

const concernCount = 1_000_000
const enquiryShare = 0.3
const runs = 5
const seed = 20_260_512
const year = 2024

const random = prng(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

// Two years of days around the reporting year, so the year filter has work to do.
const days = Array.from({ length: 730 }, (_, index) =>
  new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
)
const dayIndex = new Map(days.map((day, index) => [day, index]))
const laterDay = (day: string): string =>
  days[Math.min(days.length - 1, (dayIndex.get(day) ?? 0) + 1 + Math.floor(random() * 90))] as string

const typeIds = abuseTypes.entries.map((entry) => entry.id)
const locationIds = locationsOfRisk.entries.map((entry) => entry.id)
const sourceIds = sourcesOfRisk.entries.map((entry) => entry.id)
const bandIds = ageBands.entries.map((entry) => entry.id).filter((id) => id !== 'under-18')

const generationStart = performance.now()
const concerns: CountableConcern[] = []
const enquiries: CountableEnquiry[] = []
for (let index = 0; index < concernCount; index += 1) {
  const receivedOn = pick(days)
  concerns.push({ receivedOn })
  if (random() >= enquiryShare) continue
  enquiries.push(
    syntheticEnquiry(
      receivedOn,
      { personId: `P-${String(Math.floor(random() * 200_000))}`, ageBand: pick(bandIds) },
      {
        typesOfAbuse: random() < 0.8 ? [pick(typeIds)] : [pick(typeIds), pick(typeIds)],
        locationOfRisk: pick(locationIds),
        sourceOfRisk: pick(sourceIds),
      },
      { random, pick, laterDay },
    ),
  )
}
const generationMs = performance.now() - generationStart

const from = `${String(year)}-04-01`
const to = `${String(year + 1)}-03-31`

/** The least any count must do: one pass, one comparison and one increment per record, no tables. */
function floor(): number {
  let counted = 0
  for (const concern of concerns) if (concern.receivedOn >= from && concern.receivedOn <= to) counted += 1
  for (const enquiry of enquiries) {
    if (enquiry.openedOn >= from && enquiry.openedOn <= to) counted += 1
    const closedOn = enquiry.closure?.closedOn
    if (closedOn !== undefined && closedOn >= from && closedOn <= to) counted += 1
  }
  return counted
}

function time<T>(work: () => T): { ms: number[]; last: T } {
  let last = work() // warm-up, not timed
  const ms: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    last = work()
    ms.push(performance.now() - start)
  }
  return { ms, last }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

const floorTiming = time(floor)
const countsTiming = time(() => annualCounts({ concerns, enquiries }, { year }))
if (!countsTiming.last.ok) throw new Error('annualCounts refused the synthetic data')

const records = concerns.length + enquiries.length
const summary = (timing: { ms: number[] }) => {
  const ms = median(timing.ms)
  return {
    medianMs: Number(ms.toFixed(2)),
    runsMs: timing.ms.map((value) => Number(value.toFixed(2))),
    recordsPerSecond: Math.round(records / (ms / 1000)),
  }
}
const concernsCell = countsTiming.last.value.tables[0]?.rows[0]?.cell
const result = {
  bench: 'safeguarding-counts',
  seed,
  year,
  concerns: concerns.length,
  enquiries: enquiries.length,
  records,
  runs,
  generationMs: Number(generationMs.toFixed(0)),
  annualCounts: summary(countsTiming),
  floor: summary(floorTiming),
  slowdownOverFloor: Number((median(countsTiming.ms) / median(floorTiming.ms)).toFixed(1)),
  concernsInYear: concernsCell?.kind === 'shown' ? concernsCell.value : null,
  node: process.version,
}

console.log(
  `safeguarding-counts: ${String(concerns.length)} concerns + ${String(enquiries.length)} enquiries (seed ${String(seed)}), median of ${String(runs)} runs`,
)
console.log(
  `  annualCounts  ${result.annualCounts.medianMs.toFixed(1)} ms  ${result.annualCounts.recordsPerSecond.toLocaleString('en-GB')} records/s`,
)
console.log(
  `  floor (loop)  ${result.floor.medianMs.toFixed(1)} ms  ${result.floor.recordsPerSecond.toLocaleString('en-GB')} records/s`,
)
console.log(
  `  annualCounts is ${String(result.slowdownOverFloor)}x the floor; concerns in ${String(year)}-${String(year + 1)}: ${String(result.concernsInYear)}`,
)

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'safeguarding-counts.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
console.log(`  written to ${out}`)
