import {
  buildClientLevelData,
  completedQuarters,
  recordsToFix,
  type CldFile,
  type CldResult,
  type RecordKind,
  type Release,
} from '@open-sds/statutory-returns'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

/** The quarters a file can be sent for: the last twelve that have ended, newest first. */
export const quarterChoices = (now: Date) => completedQuarters(todayInEngland(now), 12)

export const releaseOf = (value: string | null): Release => (value === 'R1' ? 'R1' : 'R2')

export type RecordToFix = { kind: RecordKind; what: string; personName: string; href: string; problems: string[] }

export type ClientLevelDataCheck = { result: CldResult<CldFile>; toFix: RecordToFix[]; moreToFix: number }

const WHAT: Record<RecordKind, string> = {
  person: 'Details for the national returns',
  request: 'Request (a self-assessment)',
  assessment: 'Assessment (an eligibility decision)',
  service: 'Service (a support plan or short-term support)',
  review: 'Review of a support plan',
}

const SHORT_TERM = 'short-term-'

/**
 * Where a record is put right: short-term support on its own form, anything else on the person's details for the
 * returns (the events the portal writes itself carry only values from the lists; what goes wrong is the person's).
 */
function fixAt(kind: RecordKind, id: string, personId: string): string {
  if (kind === 'service' && id.startsWith(SHORT_TERM))
    return `/people/${personId}/short-term-support/${id.slice(SHORT_TERM.length)}`
  return `/people/${personId}/return-details`
}

/** At most this many records are listed on the page; the rest are counted. */
const SHOWN = 100

/**
 * The Client Level Data file for a period, made by @open-sds/statutory-returns from the records the database
 * describes. When it cannot be made, each record to put right is named with a link to the person it is about.
 */
export async function checkClientLevelData(
  context: AppContext,
  period: { start: string; end: string },
  release: Release,
): Promise<ClientLevelDataCheck> {
  const source = await context.database.repos.clientLevelData.source({ ...period, dateInEngland: todayInEngland })
  const result = buildClientLevelData({ laCode: context.config.localAuthorityCode, period, release, ...source })
  if (result.ok) return { result, toFix: [], moreToFix: 0 }
  const personOf = new Map<string, string>()
  for (const list of [source.requests, source.assessments, source.services, source.reviews])
    for (const event of list) personOf.set(event.id, event.personId)
  const records = recordsToFix(result.errors)
  const toFix: RecordToFix[] = []
  for (const record of records.slice(0, SHOWN)) {
    const personId = record.kind === 'person' ? record.id : (personOf.get(record.id) ?? '')
    const person = personId ? await context.database.repos.people.findById(personId) : undefined
    toFix.push({
      kind: record.kind,
      what: WHAT[record.kind],
      personName: person?.displayName ?? 'Someone not on record',
      href: fixAt(record.kind, record.id, personId),
      problems: record.problems,
    })
  }
  return { result, toFix, moreToFix: Math.max(0, records.length - SHOWN) }
}
