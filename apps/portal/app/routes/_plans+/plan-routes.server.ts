import { redirect } from '@remix-run/node'
import type { AuditAction, NewAuditEntry, StoredSupportPlan } from '@open-sds/db'
import type { PlanRecord } from '@open-sds/support-planning'
import type { RouteId } from '../../.server/auth/access.js'
import { authoriseSignedIn } from '../../.server/auth/authorise.js'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import type { FieldError } from '../../.server/forms.js'
import { namesIn, planView, type PlanView } from './plan-view.server.js'
import type { PlanReader } from './support-plans.server.js'
import { planFrameworks, requirePlanReader, toRecord } from './support-plans.server.js'

export type LoadedPlan = {
  context: AppContext
  viewer: Viewer
  reader: PlanReader
  stored: StoredSupportPlan
  record: PlanRecord
  view: PlanView
  base: string
}

/** The signed-in person's (or their representative's) plan in progress; without one, back to the plan's start page. */
export async function loadOwnPlan(
  request: Request,
  routeId: RouteId,
  personId: string,
  audit: AuditAction,
): Promise<LoadedPlan> {
  const { context, viewer } = await authoriseSignedIn(request, routeId)
  const reader = await requirePlanReader(context, viewer, personId, ['self', 'representative'])
  const base = `/people/${reader.personId}/plan`
  const stored = await context.database.repos.supportPlans.findOpenForPerson(reader.personId)
  if (!stored) throw redirect(base)
  return withView(context, viewer, reader, stored, base, audit)
}

/** A plan of someone on this practitioner's caseload; anything else is not found. */
export async function loadCaseloadPlan(
  request: Request,
  routeId: RouteId,
  planId: string,
  audit: AuditAction,
): Promise<LoadedPlan> {
  const { context, viewer } = await authoriseSignedIn(request, routeId)
  const stored = await context.database.repos.supportPlans.findById(planId)
  const onCaseload = stored
    ? (await context.database.repos.people.relationshipOf(viewer.id, stored.personId)) === 'practitioner'
    : false
  if (!stored || !onCaseload)
    throw new Response('There is no support plan at this address on your caseload.', {
      status: 404,
      statusText: 'Not Found',
    })
  const reader = await requirePlanReader(context, viewer, stored.personId, ['practitioner'])
  return withView(context, viewer, reader, stored, `/practitioner/plans/${stored.id}`, audit)
}

/** The audit entry for something done with, or seen of, a person's support plan. */
export function planAuditEntry(
  on: { viewer: Pick<Viewer, 'id'>; reader: Pick<PlanReader, 'personId'>; stored: Pick<StoredSupportPlan, 'id'> },
  action: AuditAction,
  at: Date,
  detail?: Record<string, unknown>,
): NewAuditEntry {
  return {
    at,
    actorUserId: on.viewer.id,
    action,
    personId: on.reader.personId,
    resource: `support-plan:${on.stored.id}`,
    ...(detail ? { detail } : {}),
  }
}

async function withView(
  context: AppContext,
  viewer: Viewer,
  reader: PlanReader,
  stored: StoredSupportPlan,
  base: string,
  audit: AuditAction,
): Promise<LoadedPlan> {
  await context.database.repos.audit.append(planAuditEntry({ viewer, reader, stored }, audit, new Date()))
  const record = toRecord(stored)
  const names = await namesIn((id) => context.database.repos.users.findById(id), stored)
  return {
    context,
    viewer,
    reader,
    stored,
    record,
    view: planView(stored, record, names, planFrameworks(context)),
    base,
  }
}

/** Package and repository issues as form errors on `field`, for the error summary. */
export function issuesAsErrors(
  issues: readonly { path: string; message: string }[],
  field: (path: string) => string,
): FieldError[] {
  return issues.map((issue) => ({ field: field(issue.path), message: issue.message }))
}

/** The person's carers known to the council by their own record: whom a support can be replacement care for. */
export async function carersOf(context: AppContext, personId: string) {
  const carers = await context.database.repos.carers.listCarersOf(personId)
  return carers.map((carer) => ({ personId: carer.carerPersonId, name: carer.carerName }))
}
