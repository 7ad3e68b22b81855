import { and, asc, eq, isNull, notExists, sql, type SQL } from 'drizzle-orm'
import type { Store } from '../store.js'
import type { WorkKind } from '../vocabulary.js'

/** A piece of work that arrived before work items existed, as it would have arrived: when, about whom, and what. */
export type EarlierWork = { kind: WorkKind; personId: string | null; subject: string; arrivedAt: Date }

/**
 * Work still to do that has no work item because it arrived before work items existed (decision 028 said queues
 * started from the day they were deployed; issue 18 asks that nothing lands nowhere): self-assessments sent with no
 * eligibility decision, plans sent for agreement, financial assessments waiting for finance (sent, or sent for the
 * charge to be worked out by hand), and concerns with no section 42 decision. Each with the subject the portal gives
 * it when it arrives now, so storing them is idempotent: once stored, it is no longer listed.
 */
export async function listEarlierWork({ db, t }: Store): Promise<EarlierWork[]> {
  const {
    workItems,
    assessments,
    eligibilityDecisions,
    supportPlans,
    financialAssessments,
    financialChargesByHand,
    safeguardingConcerns,
    section42Decisions,
  } = t
  const unqueued = (subject: SQL) =>
    notExists(
      db
        .select({ one: sql`1` })
        .from(workItems)
        .where(eq(workItems.subject, subject)),
    )
  const assessmentSubject = sql<string>`'assessment:' || ${assessments.id}`
  const sent = await db
    .select({ personId: assessments.personId, subject: assessmentSubject, at: assessments.submittedAt })
    .from(assessments)
    .leftJoin(eligibilityDecisions, eq(eligibilityDecisions.assessmentId, assessments.id))
    .where(and(eq(assessments.status, 'submitted'), isNull(eligibilityDecisions.id), unqueued(assessmentSubject)))
    .orderBy(asc(assessments.submittedAt))
  const planSubject = sql<string>`'support-plan:' || ${supportPlans.id} || ':' || ${supportPlans.recordVersion}`
  const plans = await db
    .select({ personId: supportPlans.personId, subject: planSubject, at: supportPlans.updatedAt })
    .from(supportPlans)
    .where(and(eq(supportPlans.status, 'submitted'), unqueued(planSubject)))
    .orderBy(asc(supportPlans.updatedAt))
  // A financial assessment waiting: the current version sent and not confirmed (no later version replaces it), or a
  // draft sent for the charge to be worked out by hand.
  const financeSubject = sql<string>`'financial-assessment:' || ${financialAssessments.id}`
  const later = sql`(select 1 from "financial_assessments" as "later" where "later"."supersedes_id" = ${financialAssessments.id})`
  const charges = await db
    .select({ personId: financialAssessments.personId, subject: financeSubject, at: financialAssessments.recordedAt })
    .from(financialAssessments)
    .where(and(eq(financialAssessments.status, 'submitted'), sql`not exists ${later}`, unqueued(financeSubject)))
    .orderBy(asc(financialAssessments.recordedAt))
  const byHandSubject = sql<string>`'financial-assessment:' || ${financialChargesByHand.financialAssessmentId}`
  const byHand = await db
    .select({ personId: financialChargesByHand.personId, subject: byHandSubject, at: financialChargesByHand.sentAt })
    .from(financialChargesByHand)
    .innerJoin(financialAssessments, eq(financialAssessments.id, financialChargesByHand.financialAssessmentId))
    .where(and(eq(financialAssessments.status, 'draft'), unqueued(byHandSubject)))
    .orderBy(asc(financialChargesByHand.sentAt))
  const concernSubject = sql<string>`'safeguarding-concern:' || ${safeguardingConcerns.id}`
  const concerns = await db
    .select({ personId: safeguardingConcerns.personId, subject: concernSubject, at: safeguardingConcerns.receivedAt })
    .from(safeguardingConcerns)
    .where(
      and(
        notExists(
          db
            .select({ one: sql`1` })
            .from(section42Decisions)
            .where(eq(section42Decisions.concernId, safeguardingConcerns.id)),
        ),
        unqueued(concernSubject),
      ),
    )
    .orderBy(asc(safeguardingConcerns.receivedAt))
  const as = (kind: WorkKind, rows: { personId: string | null; subject: string; at: Date | null }[]) =>
    rows.map((row) => ({ kind, personId: row.personId, subject: row.subject, arrivedAt: row.at ?? new Date(0) }))
  return [
    ...as('self-assessment', sent),
    ...as('plan-agreement', plans),
    ...as('financial-assessment', [...charges, ...byHand]),
    ...as('safeguarding-concern', concerns),
  ]
}
