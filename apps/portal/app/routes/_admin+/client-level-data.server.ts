import type { CldRecordToFix, ClientLevelDataFigure } from '@open-sds/db'
import { carersPolicyInForce } from '@open-sds/plugin-sdk'
import { completedQuarters, type RecordKind, type Release } from '@open-sds/statutory-returns'
import type { AppContext } from '../../.server/context.js'
import { countedFigure, requestCount, type FigureToCount, type FigureView } from '../../.server/counted-figures.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

/** The quarters a file can be sent for: the last twelve that have ended, newest first. */
export const quarterChoices = (now: Date) => completedQuarters(todayInEngland(now), 12)

export const releaseOf = (value: string | null): Release => (value === 'R1' ? 'R1' : 'R2')

export type RecordToFix = { kind: RecordKind; what: string; personName: string; href: string; problems: string[] }

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

/** A file older than this is made again when someone next checks (the page shows the last one meanwhile). */
export const FILE_MAX_AGE_MS = 15 * 60_000

/** Which file an administrator asks about: a quarter's rolling twelve months, in one specification. */
export type FileAsked = {
  actorUserId: string
  quarter: string
  period: { start: string; end: string }
  release: Release
  now: Date
}

/** What the worker needs to make a file: which twelve months, which specification, which council. */
function fileToMake(
  context: AppContext,
  { quarter, period, release }: Pick<FileAsked, 'quarter' | 'period' | 'release'>,
): FigureToCount {
  return {
    figure: 'client-level-data',
    key: `${quarter}:${release}`,
    params: {
      start: period.start,
      end: period.end,
      release,
      laCode: context.config.localAuthorityCode,
      // Where the council's own carer's self-assessment asks the hours caring a week (issue 16).
      hoursCaring: carersPolicyInForce(context.site).policy.hoursCaring ?? { questionId: 'hours-caring' },
    },
    maxAgeMs: FILE_MAX_AGE_MS,
  }
}

/** The file the page offers first: the latest quarter that has ended, in the current specification (R2). */
export function latestFile(context: AppContext, now: Date): FigureToCount[] {
  const latest = quarterChoices(now)[0]
  return latest ? [fileToMake(context, { quarter: latest.quarter, period: latest, release: releaseOf(null) })] : []
}

/**
 * The Client Level Data file for a period as last made by the counting worker (decision 022), with
 * @open-sds/statutory-returns deciding every value; when it could not be made, the records to put right.
 */
export function clientLevelDataFile(context: AppContext, asked: FileAsked): Promise<FigureView<ClientLevelDataFigure>> {
  return countedFigure<ClientLevelDataFigure>(context, asked.actorUserId, fileToMake(context, asked), asked.now)
}

/** Queues the file to be made again. */
export async function remakeClientLevelData(context: AppContext, asked: FileAsked): Promise<void> {
  await requestCount(context, asked.actorUserId, fileToMake(context, asked), asked.now)
}

/** Each record to put right, with where it is put right. */
export const recordsToPutRight = (records: readonly CldRecordToFix[]): RecordToFix[] =>
  records.map((record) => {
    const kind = record.kind as RecordKind
    return {
      kind,
      what: WHAT[kind],
      personName: record.personName,
      href: fixAt(kind, record.id, record.personId),
      problems: record.problems,
    }
  })
