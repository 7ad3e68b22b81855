import { demoAccounts, type EnquiryRecord, type Repositories } from '@open-sds/db'
import {
  createConcern,
  decideSection42,
  formatReference,
  type AbuseType,
  type AgeBand,
  type EnquiryEvent,
  type LocationOfRisk,
  type RiskOutcome,
  type Section42Input,
  type SourceOfRisk,
  ukDateOf,
} from '@open-sds/safeguarding'
import type { Result } from '@open-sds/kernel'
import type { Viewer } from '../../.server/auth/session.js'
import { changeEnquiry, openEnquiryFor } from './enquiries.server.js'

/** Concerns over the last three years: about fifty a year, enough that most yearly counts pass the small-number rule. */
const CONCERNS = 150
const DAY_MS = 86_400_000
const SPAN_DAYS = 3 * 365

// Few categories on purpose: spread over all of them, most yearly counts would be 1 to 4 and show as "*".
const TYPES: readonly AbuseType[] = [
  'neglect-and-acts-of-omission',
  'financial-or-material',
  'physical',
  'psychological',
]
const LOCATIONS: readonly LocationOfRisk[] = ['own-home', 'care-home-residential', 'in-the-community']
const SOURCES: readonly SourceOfRisk[] = [
  'service-provider',
  'other-known-to-individual',
  'other-unknown-to-individual',
]
const AGE_BANDS: readonly AgeBand[] = ['18-64', '65-74', '75-84', '85-94']
const WHAT_HAPPENED: Record<string, string> = {
  'neglect-and-acts-of-omission': 'Carers have missed several visits and the person has been left without meals.',
  'financial-or-material': 'A relative has been taking money from the person’s bank account without asking.',
  physical: 'Unexplained bruising on the person’s arms was noticed during a visit.',
  psychological: 'The person says a neighbour shouts at them and threatens them when they go out.',
}
const WISHES = ['To feel safe at home', 'To keep control of my own money', 'To stay living where I am']
const RISK_OUTCOMES: readonly RiskOutcome[] = [
  { risk: 'identified', actionTaken: true, action: 'Protection plan agreed with the person', result: 'reduced' },
  { risk: 'identified', actionTaken: true, action: 'Care provider changed and visits checked', result: 'removed' },
  { risk: 'none', actionTaken: false },
  { risk: 'identified', actionTaken: true, action: 'Bank card cancelled and appointee arranged', result: 'reduced' },
]
const CLOSURE_ROUTES = ['advice-and-information', 'signposting', 'needs-assessment'] as const

const pick = <T>(items: readonly T[], turn: number): T => items[turn % items.length] as T
const later = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS)

function valueOf<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value
  throw new Error(`Demo safeguarding ${what}: ${result.errors.map((issue) => issue.message).join('; ')}`)
}

const reason = 'Recorded for the demonstration'

/** The section 42 answers for concern `index`: most meet all three conditions, some lead to an other enquiry or close. */
function section42For(index: number, reference: string, decidedBy: string): Section42Input {
  const yes = { answer: 'yes' as const, reason }
  const no = { answer: 'no' as const, reason }
  const route = index % 10
  if (route < 7)
    return {
      concernReference: reference,
      decidedBy,
      careAndSupportNeeds: yes,
      abuseOrNeglect: yes,
      unableToProtectSelf: yes,
    }
  if (route < 9)
    return {
      concernReference: reference,
      decidedBy,
      careAndSupportNeeds: yes,
      abuseOrNeglect: yes,
      unableToProtectSelf: no,
      otherwise: { kind: 'other-enquiry', reason: 'Proportionate to check the person is safe with their agreement' },
    }
  return {
    concernReference: reference,
    decidedBy,
    careAndSupportNeeds: no,
    abuseOrNeglect: yes,
    unableToProtectSelf: no,
    otherwise: { kind: 'close', route: pick(CLOSURE_ROUTES, index), reason: 'No care and support needs were found' },
  }
}

/** What the person was asked they want to happen: most said, some did not, a few could not be asked. */
function desiredOutcomesFor(index: number): EnquiryEvent & { type: 'record-desired-outcomes' } {
  const turn = index % 5
  const desiredOutcomes =
    turn < 3
      ? { asked: true as const, expressed: pick(WISHES, index) }
      : turn === 3
        ? { asked: true as const }
        : { asked: false as const, whyNotAsked: 'The person was too unwell to be asked during the enquiry' }
  return { type: 'record-desired-outcomes', desiredOutcomes }
}

function closeFor(index: number, expressed: boolean): EnquiryEvent {
  return {
    type: 'close',
    riskOutcome: pick(RISK_OUTCOMES, Math.floor(index / 3)),
    ...(expressed ? { outcomesAchieved: Math.floor(index / 5) % 3 === 2 ? 'partly' : 'fully' } : {}),
    summary: 'Fictional enquiry, closed for the demonstration',
  }
}

/**
 * A clearly fictional set of safeguarding concerns over the last three years, taken in and carried through as a worker
 * would (section 42 decision, enquiry, Making Safeguarding Personal, closure), so the Safeguarding Adults Collection
 * counts show figures. The newest enquiries are still open; an immediate safety action is recorded on a few concerns.
 * Chosen by position, so the demo is the same every time. Added only when there is no concern yet; through the
 * repositories, so on either engine. A write: call it inside `withAudit` with the repositories it gives.
 */
export async function seedDemoSafeguarding(repos: Repositories, now: Date): Promise<number> {
  const { safeguarding } = repos
  if ((await safeguarding.listConcerns({ limit: 1 })).length > 0) return 0
  const account = demoAccounts.find((demo) => demo.key === 'practitioner')
  if (!account) throw new Error('The demo has no practitioner to record safeguarding work')
  const worker: Viewer = {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: 'practitioner',
    roles: ['practitioner'],
  }
  for (let index = 0; index < CONCERNS; index += 1) {
    const receivedAt = later(now, -(2 + Math.floor((index * SPAN_DAYS) / CONCERNS)))
    const type = pick(TYPES, index)
    const inDanger = index % 25 === 3
    const input = {
      adultAtRisk: { name: `Sample Person ${String(index + 1)} (fictional)`, ageBand: pick(AGE_BANDS, index >> 1) },
      typesOfAbuse: [type],
      whatHappened: WHAT_HAPPENED[type],
      locationOfRisk: pick(LOCATIONS, index),
      sourceOfRisk: pick(SOURCES, Math.floor(index / 3)),
      raisedBy: { anonymous: false, relationship: index % 2 === 0 ? 'care-provider' : 'family-member' },
      immediateSafety: {
        inImmediateDanger: inDanger ? 'yes' : 'no',
        actionsTaken: inDanger ? ['Police called to the address'] : [],
      },
    }
    const year = Number(ukDateOf(receivedAt).slice(0, 4))
    const reference = formatReference(await safeguarding.nextReferenceSequence(year), year)
    const concern = valueOf(createConcern(input, { now: receivedAt, reference }), 'concern')
    const record = valueOf(
      await safeguarding.recordConcern({
        reference,
        receivedAt,
        receivedOn: concern.receivedOn,
        personId: null,
        ageBand: concern.ageBand,
        typesOfAbuse: concern.typesOfAbuse,
        locationOfRisk: concern.locationOfRisk ?? null,
        sourceOfRisk: concern.sourceOfRisk ?? null,
        // Nobody on record: a concern about someone not on record is always followed up.
        needsFollowUp: true,
        raisedByUserId: null,
        concern,
      }),
      'concern',
    )
    if (inDanger)
      valueOf(
        await safeguarding.recordImmediateAction(
          {
            concernId: record.id,
            recordedByUserId: worker.id,
            whatWasDone: 'Visited the same day and arranged for the person to stay with their sister',
            doneOn: concern.receivedOn,
            takenBy: 'The duty social worker',
          },
          later(receivedAt, 0.1),
        ),
        'immediate action',
      )
    const decidedAt = later(receivedAt, 1)
    const decision = valueOf(
      decideSection42(section42For(index, reference, worker.displayName), { now: decidedAt }),
      'section 42 decision',
    )
    valueOf(
      await safeguarding.recordSection42Decision(
        { concernId: record.id, decidedByUserId: worker.id, outcome: decision.outcome, decision },
        decidedAt,
      ),
      'section 42 decision',
    )
    if (decision.outcome === 'closed') continue
    let enquiry: EnquiryRecord = valueOf(await openEnquiryFor(repos, worker, record, later(receivedAt, 2)), 'enquiry')
    const asked = desiredOutcomesFor(index)
    const askedAt = later(receivedAt, 9)
    if (askedAt > now) continue
    enquiry = valueOf(await changeEnquiry(repos, worker, enquiry, asked, askedAt), 'wishes')
    // The newest enquiries stay open, as some always are.
    const closedAt = later(receivedAt, 30 + (index % 5) * 7)
    if (closedAt > now) continue
    const expressed = asked.desiredOutcomes.asked === true && asked.desiredOutcomes.expressed !== undefined
    valueOf(await changeEnquiry(repos, worker, enquiry, closeFor(index, expressed), closedAt), 'closure')
  }
  return CONCERNS
}
