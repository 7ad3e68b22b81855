import { hasRole } from '~/.server/auth/roles'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { REFERENCE_LENGTH } from '@open-sds/db'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'

const ROUTE = 'routes/_find+/find-a-person.$personId' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.person.displayName ?? 'Person found')

/**
 * A record opened from "Find a person": who the person is, written down each time it is opened, with the pages about
 * them this member of staff may go on to.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { people } = context.database.repos
  const person = await people.findById(params.personId ?? '')
  if (!person)
    throw new Response('There is no record at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  await auditRead(context, viewer, request, {
    action: 'person.search.open',
    personId: person.id,
    resource: `person:${person.id}`,
  })
  const details = await people.returnDetails(person.id)
  // Concerns about the person, linked when they came in or later, for safeguarding-authorised staff only; anyone else
  // is not told whether there are any (decision 010).
  const { safeguarding } = context.database.repos
  const concerns = (await safeguarding.isAuthorised(viewer.id))
    ? (await safeguarding.listConcernsAbout(person.id)).map((concern) => ({
        reference: concern.reference,
        receivedAt: concern.receivedAt.toISOString(),
      }))
    : []
  const onCaseload =
    hasRole(viewer, 'practitioner') && (await people.relationshipOf(viewer.id, person.id)) === 'practitioner'
  return json({
    person: {
      displayName: person.displayName,
      dateOfBirth: person.dateOfBirth,
      reference: person.id.slice(0, REFERENCE_LENGTH),
      postcode: details?.postcode ?? null,
      nhsNumber: details?.nhsNumber ?? null,
    },
    concerns,
    links: [
      ...(onCaseload ? [{ href: `/people/${person.id}`, text: 'Their record' }] : []),
      ...(onCaseload || hasRole(viewer, 'council-admin')
        ? [{ href: `/people/${person.id}/return-details`, text: 'Details for the national returns' }]
        : []),
    ],
  })
}

export default function PersonFound() {
  const { person, links, concerns } = useLoaderData<typeof loader>()
  const row = (key: string, value: string) => (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{key}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  )
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/find-a-person" className="govuk-back-link">
          Find another person
        </a>
        <span className="govuk-caption-l">Person found</span>
        <h1 className="govuk-heading-l">{person.displayName}</h1>
        <p className="govuk-body">Opening this record has been written down in the audit log.</p>
        <dl className="govuk-summary-list">
          {row('Name', person.displayName)}
          {row('Date of birth', person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Not known')}
          {row('Postcode', person.postcode ?? 'Not known')}
          {row('NHS number', person.nhsNumber ?? 'Not known')}
          {row('Reference', person.reference)}
        </dl>
        {concerns.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Safeguarding concerns about them</h2>
            <ul className="govuk-list">
              {concerns.map((concern) => (
                <li key={concern.reference}>
                  <a className="govuk-link" href={`/safeguarding/concerns/${concern.reference}`}>
                    {concern.reference}
                  </a>
                  , received {formatDate(concern.receivedAt)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {links.length > 0 ? (
          <ul className="govuk-list">
            {links.map((link) => (
              <li key={link.href}>
                <a className="govuk-link" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">
            This person is not on your caseload. Ask their team if you need to work with them.
          </p>
        )}
      </div>
    </div>
  )
}
