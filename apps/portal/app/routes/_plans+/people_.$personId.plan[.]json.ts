import type { LoaderFunctionArgs } from '@remix-run/node'
import { validatePlan } from '@open-sds/support-planning'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { currentPlan, planFrameworks, requirePlanReader, toRecord } from './support-plans.server'

const ROUTE = 'routes/_plans+/people_.$personId.plan[.]json' as const

/**
 * The plan as a JSON document for other systems: the newest version, exactly in the shape of the support-planning
 * package's published JSON Schema (`jsonSchemas.plan`), checked against the package's own schema before it is sent.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const reader = await requirePlanReader(context, viewer, params.personId ?? '', [
    'self',
    'representative',
    'practitioner',
  ])
  const stored = await context.database.repos.supportPlans.findOpenForPerson(reader.personId)
  if (!stored)
    throw new Response('There is no support plan at this address that you can see.', {
      status: 404,
      statusText: 'Not Found',
    })
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'support-plan.download',
    personId: reader.personId,
    resource: `support-plan:${stored.id}`,
  })
  const plan = validatePlan(currentPlan(toRecord(stored)), { frameworks: planFrameworks(context) })
  if (!plan.ok) throw new Error(`Support plan ${stored.id} does not validate against its own schema`)
  const fileName = `support-plan-${reader.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-version-${stored.currentVersion}.json`
  return new Response(`${JSON.stringify(plan.value, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  })
}
