import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { planStateLabels } from '@open-sds/support-planning'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Support plans')

const ROUTE = 'routes/_plans+/practitioner_.plans._index' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { supportPlans, people, audit } = context.database.repos
  const now = new Date()
  const rows = []
  for (const plan of await supportPlans.listByStatus(
    ['submitted', 'approved', 'active', 'under-review', 'revised', 'returned', 'draft'],
    { limit: 500 },
  )) {
    if ((await people.relationshipOf(viewer.id, plan.personId)) !== 'practitioner') continue
    const person = await people.findById(plan.personId)
    if (!person) continue
    await audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'support-plan.list',
      personId: plan.personId,
      resource: `support-plan:${plan.id}`,
    })
    rows.push({
      id: plan.id,
      person: person.displayName,
      status: plan.status,
      statusLabel: planStateLabels[plan.status],
      updatedAt: plan.updatedAt.toISOString(),
    })
  }
  return json({
    name: viewer.displayName,
    waiting: rows.filter((row) => row.status === 'submitted'),
    others: rows.filter((row) => row.status !== 'submitted'),
  })
}

function PlanTable({
  caption,
  rows,
}: {
  caption: string
  rows: { id: string; person: string; statusLabel: string; updatedAt: string }[]
}) {
  return (
    <PeopleQueue
      caption={caption}
      columns={['Where it stands', 'Last changed']}
      rows={rows.map((row) => ({
        key: row.id,
        person: row.person,
        href: `/practitioner/plans/${row.id}`,
        cells: [row.statusLabel, formatDate(row.updatedAt, { month: 'short' })],
      }))}
    />
  )
}

export default function PractitionerPlans() {
  const { name, waiting, others } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Support plans">
      <h2 className="govuk-heading-m">Waiting for agreement</h2>
      {waiting.length === 0 ? (
        <p className="govuk-body">No plans are waiting for you to agree them.</p>
      ) : (
        <PlanTable caption="Plans waiting for agreement" rows={waiting} />
      )}
      <h2 className="govuk-heading-m">Other plans on your caseload</h2>
      {others.length === 0 ? (
        <p className="govuk-body">No other plans.</p>
      ) : (
        <PlanTable caption="Other plans on your caseload" rows={others} />
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="/practitioner">
          Back to your overview
        </a>
      </p>
    </RolePage>
  )
}
