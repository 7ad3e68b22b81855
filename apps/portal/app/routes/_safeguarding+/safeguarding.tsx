import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { SECTION42_OUTCOME_TEXT, abuseTypeLabel, requireSafeguardingStaff } from './safeguarding.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Safeguarding concerns')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_safeguarding+/safeguarding')
  await requireSafeguardingStaff(context, viewer, request)
  // A flood from one address is listed apart, so it cannot push a genuine concern off this page.
  const flood = new URL(request.url).searchParams.get('flood') || null
  const { safeguarding } = context.database.repos
  const [concerns, floods] = await Promise.all([
    safeguarding.listConcerns({ limit: 200, floodGroup: flood }),
    safeguarding.listFloodGroups(),
  ])
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'safeguarding-concern.list',
    resource: 'safeguarding-concerns',
    detail: { references: concerns.map((concern) => concern.reference), ...(flood ? { floodGroup: flood } : {}) },
  })
  return json({
    name: viewer.displayName,
    flood,
    floods: floods.map((group) => ({
      id: group.floodGroup,
      concerns: group.concerns,
      first: group.firstReceivedAt.toISOString(),
      last: group.lastReceivedAt.toISOString(),
    })),
    concerns: concerns.map((concern) => ({
      reference: concern.reference,
      receivedAt: concern.receivedAt.toISOString(),
      followUp: concern.needsFollowUp,
      types: concern.typesOfAbuse.map(abuseTypeLabel).join(', ') || 'Not yet recorded',
      stage: concern.enquiryStatus
        ? concern.enquiryStatus === 'open'
          ? 'Enquiry open'
          : 'Enquiry closed'
        : concern.section42Outcome
          ? (SECTION42_OUTCOME_TEXT[concern.section42Outcome] ?? concern.section42Outcome)
          : 'Needs a section 42 decision',
    })),
  })
}

export default function SafeguardingTriage() {
  const { name, concerns, flood, floods } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading={flood ? 'Safeguarding concerns sent in one burst' : 'Safeguarding concerns'}>
      <p className="govuk-body">
        Newest first. Only safeguarding-authorised staff can see this list, and every time it is opened it is written in
        the audit log.
      </p>
      {flood ? (
        <p className="govuk-body">
          These concerns came from one address beyond the hourly limit. Each was stored and still needs reading: a real
          concern can arrive in a burst.{' '}
          <a className="govuk-link" href="/safeguarding">
            Back to the other concerns
          </a>
        </p>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href="/report-a-concern">
          Record a new concern
        </a>{' '}
        ·{' '}
        <a className="govuk-link" href="/safeguarding/counts">
          Annual safeguarding counts
        </a>
      </p>
      {concerns.length === 0 ? (
        <p className="govuk-body">There are no concerns.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Safeguarding concerns, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              <th scope="col" className="govuk-table__header">
                Received
              </th>
              <th scope="col" className="govuk-table__header">
                Type
              </th>
              <th scope="col" className="govuk-table__header">
                Stage
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {concerns.map((concern) => (
              <tr className="govuk-table__row" key={concern.reference}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/safeguarding/concerns/${concern.reference}`}>
                    {concern.reference}
                  </a>
                  {concern.followUp ? (
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--yellow">Follow up</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{formatDate(concern.receivedAt, { month: 'short' })}</td>
                <td className="govuk-table__cell">{concern.types}</td>
                <td className="govuk-table__cell">{concern.stage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!flood && floods.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Concerns sent in bursts from one address</h2>
          <p className="govuk-body">
            More concerns than usual came from one address within an hour. They are kept apart so they cannot bury the
            others, and each still needs reading.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {floods.map((group) => (
              <li key={group.id}>
                <a className="govuk-link" href={`/safeguarding?flood=${encodeURIComponent(group.id)}`}>
                  {group.concerns} {group.concerns === 1 ? 'concern' : 'concerns'}
                </a>{' '}
                received from {formatDate(group.first, { month: 'short' })} to{' '}
                {formatDate(group.last, { month: 'short' })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </RolePage>
  )
}
