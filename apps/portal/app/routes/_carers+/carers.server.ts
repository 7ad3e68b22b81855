import { carersPolicyInForce } from '@open-sds/plugin-sdk'
import type { CarersPolicy } from '@open-sds/plugin-sdk'
import { AnswersSchema, type Answers } from '@open-sds/questionnaire'
import { redirect } from '@remix-run/node'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'
import { ownRecordOf } from '../_proxies+/proxies.server'
import { handlesWork } from '../_work+/work.server'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import type { RouteId } from '~/.server/auth/access'

export type Carer = { personId: string; displayName: string }

/**
 * The carer is the signed-in person themselves (issue 16: a carer signs in as themselves), by their own record; until
 * they start, someone who only acts for others (a representative) has none. Pages after the first need it.
 */
export async function carerOf(context: AppContext, viewer: Viewer): Promise<Carer | undefined> {
  const own = await ownRecordOf(context, viewer)
  return own && { personId: own.id, displayName: own.displayName }
}

export async function requireCarer(context: AppContext, viewer: Viewer): Promise<Carer> {
  const carer = await carerOf(context, viewer)
  if (!carer) throw redirect('/carers')
  return carer
}

/**
 * The carer's own record, made now (with its audit entry, in the caller's transaction, which this `withAudit` joins)
 * when the account has none: a carer is a person of their own, not a flag on the person they care for.
 */
export async function carerRecordFor(context: AppContext, viewer: Viewer, now: Date): Promise<Carer> {
  const existing = await carerOf(context, viewer)
  if (existing) return existing
  const made = await context.database.withAudit(
    async (repos) => {
      const person = await repos.people.create({ displayName: viewer.displayName }, now)
      if (!person.ok) throw new Error(`Could not make the carer's record: ${person.errors[0]?.message ?? ''}`)
      const access = await repos.people.grantAccess(viewer.id, person.value.id, 'self', now)
      if (!access.ok) throw new Error(`Could not link the carer's record: ${access.errors[0]?.message ?? ''}`)
      return person.value
    },
    (person) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'person.create',
      personId: person.id,
      resource: `person:${person.id}`,
      detail: { as: 'carer' },
    }),
  )
  return { personId: made.id, displayName: made.displayName }
}

/** The council's carers' policy in force (plugin `carers` slot, else the national default). */
export const carersPolicyOf = (context: AppContext): CarersPolicy => carersPolicyInForce(context.site).policy

/** Stored answers read back through the questionnaire's own schema: what the database holds is not trusted blindly. */
export function carerAnswers(assessment: { id: string; answers: Record<string, unknown> }): Answers {
  const parsed = AnswersSchema.safeParse(assessment.answers)
  if (!parsed.success)
    throw new Error(`Carer's self-assessment ${assessment.id} holds answers that are not valid answers`)
  return parsed.data
}

/** The work item's subject for a carer's self-assessment: how the queue and the determination find each other. */
export const carerAssessmentSubject = (assessmentId: string) => `carer-assessment:${assessmentId}`

/** A stored determination as the carer and the practitioner read it: the outcome, when, and the reasons in order. */
export function determinationView(determination: { eligible: boolean; decidedAt: Date; determination: unknown }) {
  const explanation = (determination.determination as { explanation?: unknown }).explanation
  return {
    eligible: determination.eligible,
    at: determination.decidedAt.toISOString(),
    reasons: Array.isArray(explanation) ? explanation.map(String) : [],
  }
}

/**
 * A sent carer's self-assessment, for a practitioner in a team that handles carers' assessments or with the carer on
 * their caseload; anyone else, and a draft, are told there is nothing here.
 */
export async function staffCarerAssessment(context: AppContext, viewerId: string, assessmentId: string) {
  const { carers, people } = context.database.repos
  const assessment = await carers.findAssessment(assessmentId)
  const notFound = new Response('There is no sent carer’s self-assessment at this address that you can see.', {
    status: 404,
    statusText: 'Not Found',
  })
  if (!assessment || assessment.status !== 'submitted') throw notFound
  const inTeam = await handlesWork(context, viewerId, 'carer-assessment')
  const onCaseload = (await people.relationshipOf(viewerId, assessment.carerPersonId)) === 'practitioner'
  const carer = inTeam || onCaseload ? await people.findById(assessment.carerPersonId) : undefined
  if (!carer) throw notFound
  return { assessment, carer }
}

/**
 * The signed-in carer reading their own plan or emergency plan: the read audited, as every read of a record is. A
 * signed-in person with no carer's record yet is sent to the carers' overview.
 */
export async function carerReadingOwn(request: Request, route: RouteId, what: 'carer-plan' | 'carer-emergency-plan') {
  const { context, viewer } = await authoriseSignedIn(request, route)
  const carer = await requireCarer(context, viewer)
  await auditRead(context, viewer, request, {
    action: 'carer-plan.read',
    personId: carer.personId,
    resource: `${what}:${carer.personId}`,
  })
  return { context, viewer, carer }
}
