import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { formatPence } from '@open-sds/kernel'
import { peopleFor } from '~/.server/people'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Overview')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/practitioner')
  const caseload = (await peopleFor(context, viewer, new Date())).filter(
    (person) => person.relationship === 'practitioner',
  )
  const { assessments, eligibilityDecisions } = context.database.repos
  const sent = []
  for (const person of caseload) {
    const latest = (await assessments.listForPerson(person.id)).find((assessment) => assessment.status === 'submitted')
    if (!latest || latest.weeklyPence === null) continue
    const decision = await eligibilityDecisions.latestForAssessment(latest.id)
    sent.push({
      id: latest.id,
      person: person.displayName,
      sentAt: latest.submittedAt?.toISOString() ?? '',
      indicative: formatPence(latest.weeklyPence),
      status: decision
        ? decision.eligible
          ? `Eligible, ${formatPence(decision.agreedWeeklyPence ?? 0)} a week agreed`
          : 'Not eligible'
        : 'Needs a decision',
    })
  }
  // Self-assessments no RAS could price (none in force, or one that cannot price the answers): the answers were sent,
  // and the budget is this practitioner's to work out (issue 19, no dead end).
  const names = new Map(caseload.map((person) => [person.id, person.displayName]))
  const byHand = (await assessments.listBudgetsToWorkOut()).flatMap((entry) => {
    const person = names.get(entry.personId)
    return person
      ? [
          {
            id: entry.assessmentId,
            personId: entry.personId,
            person,
            reason: entry.reason,
            sentAt: entry.sentAt.toISOString(),
          },
        ]
      : []
  })
  const safeguarding = await context.database.repos.safeguarding.isAuthorised(viewer.id)
  return json({ name: viewer.displayName, caseload, sent, byHand, safeguarding })
}

export default function Practitioner() {
  const { name, caseload, sent, byHand, safeguarding } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Overview">
      <p className="govuk-body">People you are working with, and the self-assessments they have sent.</p>
      <h2 className="govuk-heading-m">Self-assessments sent</h2>
      {sent.length === 0 ? (
        <p className="govuk-body">No self-assessments have been sent by people on your caseload.</p>
      ) : (
        <PeopleQueue
          caption="Self-assessments sent by people on your caseload"
          columns={['Sent', 'Indicative budget', 'Decision']}
          rows={sent.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/practitioner/assessments/${row.id}`,
            cells: [formatDate(row.sentAt, { month: 'short' }), `${row.indicative} a week`, row.status],
          }))}
        />
      )}
      {byHand.length > 0 ? (
        <PeopleQueue
          caption="Budgets to work out by hand, oldest first"
          captionSize="m"
          columns={['Why it needs a person', 'Sent']}
          rows={byHand.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/practitioner/budgets-by-hand/${row.id}`,
            cells: [row.reason, formatDate(row.sentAt, { month: 'short' })],
          }))}
        />
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href="/practitioner/plans">
          Support plans to agree and review
        </a>
      </p>
      {safeguarding ? (
        <p className="govuk-body">
          <a className="govuk-link" href="/safeguarding">
            Safeguarding concerns to triage
          </a>
        </p>
      ) : null}
      <h2 className="govuk-heading-m">People you work with</h2>
      {caseload.length === 0 ? (
        <p className="govuk-body">You are not working with anyone yet.</p>
      ) : (
        <ul className="govuk-list">
          {caseload.map((person) => (
            <li key={person.id}>
              <a className="govuk-link" href={`/people/${person.id}`}>
                {person.displayName}
              </a>
            </li>
          ))}
        </ul>
      )}
    </RolePage>
  )
}
