import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Financial assessments')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_charging+/finance')
  const { financialAssessments, people, audit } = context.database.repos
  const waiting = await financialAssessments.listAwaitingReview()
  const byHand = await Promise.all(
    (await financialAssessments.listChargesToWorkOut()).map(async (entry) => ({
      id: entry.financialAssessmentId,
      person: (await people.findById(entry.personId))?.displayName ?? 'Unknown person',
      reason: entry.reason,
      at: entry.sentAt.toISOString(),
    })),
  )
  const rows = await Promise.all(
    waiting.map(async (version) => ({
      id: version.id,
      person: (await people.findById(version.personId))?.displayName ?? 'Unknown person',
      weekly: formatPence(version.weeklyChargePence ?? 0),
      kind: version.kind === 'correction' ? 'Corrected, to confirm' : 'Sent by the person',
      at: version.recordedAt.toISOString(),
    })),
  )
  // Listing names people: the list itself is a read of their records.
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-assessment.list',
    resource: 'financial-assessments:awaiting-review',
    detail: { count: rows.length + byHand.length },
  })
  return json({ name: viewer.displayName, rows, byHand })
}

export default function Finance() {
  const { name, rows, byHand } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Financial assessments">
      <p className="govuk-body">
        Financial assessments waiting for you to check the answers and evidence, then confirm the charge or correct it.
      </p>
      {byHand.length > 0 ? (
        <PeopleQueue
          caption="Charges to work out by hand, oldest first"
          captionSize="m"
          columns={['Why it needs a person', 'Sent']}
          rows={byHand.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/finance/assessments/${row.id}`,
            cells: [row.reason, formatDate(row.at)],
          }))}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="govuk-body">There are no financial assessments to review.</p>
      ) : (
        <PeopleQueue
          caption="Waiting for review, oldest first"
          captionSize="m"
          columns={['Weekly charge', 'Stage', 'Since']}
          rows={rows.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/finance/assessments/${row.id}`,
            cells: [row.weekly, row.kind, formatDate(row.at)],
          }))}
        />
      )}
    </RolePage>
  )
}
