import { pathToFileURL } from 'node:url'
import {
  annualCounts,
  closeEnquiry,
  createConcern,
  decideSection42,
  defaultRiskMatrix,
  formatReference,
  openEnquiry,
  rateRisk,
  toCsv,
  transitionEnquiry,
  type Enquiry,
  type Result,
} from '@open-sds/safeguarding'

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
  return result.value
}

export function main() {
  const now = new Date('2026-05-12T10:00:00Z')

  // 1. A neighbour rings, will not give a name, and does not know the man's name either.
  const concern = must(
    createConcern(
      {
        adultAtRisk: { address: 'Flat 2, 10 Example Road' },
        typesOfAbuse: ['self-neglect'],
        whatHappened: 'Post piling up, smell from the flat, he has not been seen for a week.',
        raisedBy: { anonymous: true, relationship: 'friend-or-neighbour' },
        immediateSafety: { inImmediateDanger: 'not-known' },
      },
      { now, reference: formatReference(123, 2026) },
    ),
  )

  // 2. The section 42 test, each answer with its reason.
  const decision = must(
    decideSection42(
      {
        concernReference: concern.reference,
        decidedBy: 'duty-social-worker',
        careAndSupportNeeds: { answer: 'yes', reason: 'Known to adult social care: COPD and depression' },
        abuseOrNeglect: { answer: 'yes', reason: 'Signs of serious self-neglect' },
        unableToProtectSelf: { answer: 'yes', reason: 'His depression stops him seeking help' },
      },
      { now },
    ),
  )

  // 3. The enquiry: ask him what he wants, then close with the risk outcome.
  let enquiry: Enquiry = must(
    openEnquiry(concern, decision, { now, actor: 'duty-social-worker', enquiryId: 'ENQ-2026-0042' }),
  )
  enquiry = must(
    transitionEnquiry(
      enquiry,
      {
        type: 'record-desired-outcomes',
        desiredOutcomes: { asked: true, expressed: 'To stay in my flat and be left in peace' },
      },
      { actor: 'duty-social-worker', now: new Date('2026-05-13T09:00:00Z'), expectedVersion: enquiry.version },
    ),
  )
  const refused = closeEnquiry(
    enquiry,
    { outcomesAchieved: 'partly' },
    { actor: 'duty-social-worker', now: new Date('2026-06-01T09:00:00Z'), expectedVersion: enquiry.version },
  )
  const closed = must(
    closeEnquiry(
      enquiry,
      {
        riskOutcome: {
          risk: 'identified',
          actionTaken: true,
          action: 'Deep clean he agreed to; GP review; weekly visits',
          result: 'reduced',
        },
        outcomesAchieved: 'partly',
        risk: { locationOfRisk: 'own-home', sourceOfRisk: 'other-known-to-individual' },
      },
      { actor: 'duty-social-worker', now: new Date('2026-06-01T09:00:00Z'), expectedVersion: enquiry.version },
    ),
  )

  // 4. A risk rating on the seed's 5 x 5 matrix, and the year's counts (one enquiry: all hidden).
  const rating = must(rateRisk(defaultRiskMatrix, 3, 4))
  const counts = must(annualCounts({ concerns: [concern], enquiries: [closed] }, { year: 2026 }))

  return {
    reference: concern.reference,
    followUp: concern.followUpReasons.map((reason) => reason.message),
    decision: decision.outcome,
    closingWithoutRiskOutcome: refused.ok ? 'closed' : refused.errors[0]?.message,
    status: closed.status,
    rating: { score: rating.score, label: rating.label, colour: rating.colour, explanation: rating.explanation },
    csvFirstLines: toCsv(counts).split('\r\n').slice(0, 4),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(main(), null, 2))
}
