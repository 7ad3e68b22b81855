import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ConcernSchema } from '@open-sds/safeguarding'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { SECTION42_OUTCOME_TEXT, auditConcern } from './safeguarding.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Safeguarding concerns about you')

/**
 * What a person may see of safeguarding concerns about them: those a practitioner decided to share with them, and
 * any they raised themselves. A representative sees only those they raised: a concern is shared with the person.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_safeguarding+/people_.$personId.safeguarding')
  const { people, safeguarding } = context.database.repos
  const personId = params.personId ?? ''
  const relationship = await people.relationshipOf(viewer.id, personId)
  const person = relationship ? await people.findById(personId) : undefined
  if (!relationship || !person)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  // The page itself is a read of the person's record, whether or not it lists any concern.
  await auditRead(context, viewer, request, {
    action: 'safeguarding.read-by-person',
    personId: person.id,
    resource: `person:${person.id}:safeguarding`,
  })
  const visible = (await safeguarding.listVisibleToPerson(person.id, viewer.id)).filter(
    (concern) => relationship === 'self' || concern.raisedByUserId === viewer.id,
  )
  const concerns = []
  for (const record of visible) {
    await auditConcern(context, viewer, record, 'safeguarding-concern.read-by-person')
    const decision = await safeguarding.latestSection42Decision(record.id)
    const enquiry = await safeguarding.findEnquiryForConcern(record.id)
    concerns.push({
      reference: record.reference,
      receivedAt: record.receivedAt.toISOString(),
      whatHappened: ConcernSchema.parse(record.concern).whatHappened,
      stage: enquiry
        ? enquiry.status === 'open'
          ? 'An enquiry is under way'
          : 'The enquiry has finished'
        : decision
          ? (SECTION42_OUTCOME_TEXT[decision.outcome] ?? decision.outcome)
          : 'Being looked at',
    })
  }
  return json({ person: person.displayName, self: relationship === 'self', personId: person.id, concerns })
}

export default function PersonSafeguarding() {
  const { person, self, personId, concerns } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/people/${personId}`} className="govuk-back-link">
          Back to the record
        </a>
        <span className="govuk-caption-l">{person}</span>
        <h1 className="govuk-heading-l">Safeguarding concerns</h1>
        <p className="govuk-body">
          {self
            ? 'Concerns you raised, and concerns about you that a practitioner has shared with you. You can always ask your practitioner what is happening.'
            : 'Concerns you raised about this person.'}
        </p>
        {concerns.length === 0 ? (
          <p className="govuk-body">There are none to show.</p>
        ) : (
          <dl className="govuk-summary-list">
            {concerns.map((concern) => (
              <div className="govuk-summary-list__row" key={concern.reference}>
                <dt className="govuk-summary-list__key">
                  {concern.reference}
                  <br />
                  <span className="govuk-body-s">{formatDate(concern.receivedAt)}</span>
                </dt>
                <dd className="govuk-summary-list__value">
                  <p className="govuk-body">{concern.whatHappened}</p>
                  <p className="govuk-body-s">{concern.stage}</p>
                </dd>
              </div>
            ))}
          </dl>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/report-a-concern">
            Report a concern
          </a>
        </p>
      </div>
    </div>
  )
}
