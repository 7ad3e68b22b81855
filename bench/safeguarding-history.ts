// Synthetic safeguarding concerns and the enquiries that follow from a share of them, written into SQLite through
// the portal's own schema, shared by the benchmarks that count them (safeguarding-counts-sqlite, engines-side-by-side).
// Seeded, so every run writes the same concerns; returned in the pure package's shape too, so a bench can check the
// SQL's counts against the package's own tally.
import { randomUUID } from 'node:crypto'
import type { DatabaseHandle } from '@open-sds/db'
import {
  abuseTypes,
  ageBands,
  locationsOfRisk,
  mspRowOf,
  riskOutcomeRow,
  riskResultRow,
  sourcesOfRisk,
  type CountableConcern,
  type CountableEnquiry,
} from '@open-sds/safeguarding'
import { prng } from './seeded-random.ts'
import { syntheticEnquiry } from './synthetic-enquiry.ts'

const enquiryShare = 0.3
const batch = 50_000

/** The reporting year the concerns are spread around: 2024-25 lies wholly inside their two years. */
export const safeguardingBenchYear = 2024

// Two years of days around the reporting year, so the year filter has work to do.
const days = Array.from({ length: 730 }, (_, index) =>
  new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
)
const dayIndex = new Map(days.map((day, index) => [day, index]))
const noonOf = (day: string): number => Date.parse(`${day}T12:00:00Z`)

const typeIds = abuseTypes.entries.map((entry) => entry.id)
const locationIds = locationsOfRisk.entries.map((entry) => entry.id)
const sourceIds = sourcesOfRisk.entries.map((entry) => entry.id)
const bandIds = ageBands.entries.map((entry) => entry.id).filter((id) => id !== 'under-18')

export type SafeguardingHistoryOptions = {
  concerns: number
  /** The people the concerns are about (nine in ten name one of them). */
  personIds: readonly string[]
  /** The member of staff who opens the enquiries. */
  userId: string
  seed?: number
}

/** Writes the concerns in transactions of 50,000; returns them (and their enquiries) as the package counts them. */
export function writeSafeguardingHistory(
  sqlite: DatabaseHandle['sqlite'],
  options: SafeguardingHistoryOptions,
): { concerns: CountableConcern[]; enquiries: CountableEnquiry[] } {
  const { personIds, userId } = options
  const concernCount = options.concerns
  const random = prng(options.seed ?? 20_261_123)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const laterDay = (day: string): string =>
    days[Math.min(days.length - 1, (dayIndex.get(day) ?? 0) + 1 + Math.floor(random() * 90))] as string
  const insertConcern = sqlite.prepare(
    'insert into safeguarding_concerns (id, reference, received_at, received_on, person_id, age_band, location_of_risk, source_of_risk, needs_follow_up, concern) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const insertType = sqlite.prepare('insert into safeguarding_concern_types (concern_id, type_of_abuse) values (?, ?)')
  const insertEnquiry = sqlite.prepare(
    `insert into safeguarding_enquiries (id, concern_id, kind, person_id, age_band, opened_on, opened_at, opened_by_user_id, status, version, types_of_abuse, location_of_risk, source_of_risk, closed_on, risk_outcome_row, risk_result_row, msp_row, enquiry)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, '{}')`,
  )
  const concerns: CountableConcern[] = []
  const enquiries: CountableEnquiry[] = []
  const concernJson = JSON.stringify({ synthetic: true })

  for (let start = 0; start < concernCount; start += batch) {
    sqlite.transaction(() => {
      for (let index = start; index < Math.min(concernCount, start + batch); index += 1) {
        const id = randomUUID()
        const receivedOn = pick(days)
        // One concern in ten names no one on record: filed all the same, flagged for follow-up.
        const personId = random() < 0.9 ? pick(personIds) : null
        const ageBand = pick(bandIds)
        const locationOfRisk = pick(locationIds)
        const sourceOfRisk = pick(sourceIds)
        const types = random() < 0.8 ? [pick(typeIds)] : [...new Set([pick(typeIds), pick(typeIds)])]
        insertConcern.run(
          id,
          `SG-${String(index + 1).padStart(7, '0')}`,
          noonOf(receivedOn),
          receivedOn,
          personId,
          ageBand,
          locationOfRisk,
          sourceOfRisk,
          personId === null ? 1 : 0,
          concernJson,
        )
        for (const type of types) insertType.run(id, type)
        concerns.push({ receivedOn })
        if (random() >= enquiryShare) continue

        const enquiry = syntheticEnquiry(
          receivedOn,
          { ...(personId ? { personId } : {}), ageBand },
          { typesOfAbuse: types, locationOfRisk, sourceOfRisk },
          { random, pick, laterDay },
        )
        const { openedOn } = enquiry
        enquiries.push(enquiry)
        const closure = enquiry.closure
        insertEnquiry.run(
          randomUUID(),
          id,
          enquiry.kind,
          personId,
          ageBand,
          openedOn,
          noonOf(openedOn),
          userId,
          closure ? 'closed' : 'open',
          JSON.stringify(types),
          locationOfRisk,
          sourceOfRisk,
          closure?.closedOn ?? null,
          closure ? riskOutcomeRow(closure.riskOutcome) : null,
          closure ? riskResultRow(closure.riskOutcome) : null,
          closure ? mspRowOf(enquiry) : null,
        )
      }
    })()
  }
  return { concerns, enquiries }
}
