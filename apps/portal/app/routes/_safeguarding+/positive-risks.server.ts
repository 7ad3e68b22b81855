import type { PositiveRiskDecisionRecord, PositiveRiskRecord } from '@open-sds/db'
import { positiveRiskDecisionLabels, type PositiveRiskAssessment, type RiskRating } from '@open-sds/safeguarding'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { WHOSE_RISK } from './__positive-risk-labels'

/** The decision on a positive risk, in the safeguarding package's words. */
export const DECISION_TEXT: Record<string, string> = positiveRiskDecisionLabels

/** The person's record, reached through a relationship; anything else is not found. */
export async function personForRisks(context: AppContext, viewer: Viewer, personId: string) {
  const { people, audit } = context.database.repos
  const relationship = await people.relationshipOf(viewer.id, personId)
  const person = relationship ? await people.findById(personId) : undefined
  if (!relationship || !person)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'positive-risk.read',
    personId: person.id,
    resource: `person:${person.id}:risks`,
  })
  return { person, relationship }
}

/** A stored risk as the pages show it: the person's words first, then the rating with its explanation. */
export function riskView(record: PositiveRiskRecord, decision: PositiveRiskDecisionRecord | undefined) {
  const proposal = record.proposal as Record<string, string | number | undefined>
  const rating = record.rating as RiskRating
  const decided = decision?.assessment as PositiveRiskAssessment | undefined
  return {
    id: record.id,
    risk: String(proposal.risk ?? ''),
    whose: WHOSE_RISK.find((entry) => entry.value === proposal.whoseRisk)?.label ?? String(proposal.whoseRisk ?? ''),
    personsView: proposal.personsView ? String(proposal.personsView) : null,
    benefit: String(proposal.benefit ?? ''),
    howReduced: String(proposal.howReduced ?? ''),
    costOfNotTakingIt: proposal.costOfNotTakingIt ? String(proposal.costOfNotTakingIt) : null,
    rating: { label: rating.label, colour: rating.colour, score: rating.score, explanation: rating.explanation },
    supportPlanId: record.supportPlanId,
    recordedAt: record.recordedAt.toISOString(),
    decision: decided
      ? {
          outcome: DECISION_TEXT[decided.decision.outcome] ?? decided.decision.outcome,
          detail:
            decided.decision.outcome === 'agreed-with-conditions'
              ? `Conditions: ${decided.decision.conditions.join('; ')}`
              : decided.decision.outcome === 'not-agreed'
                ? `Reason: ${decided.decision.reason}`
                : null,
          by: decided.decidedBy.map((who) => `${who.name} (${who.role})`).join(', '),
          on: decided.decidedOn,
          reviewOn: decided.reviewOn,
        }
      : null,
  }
}
