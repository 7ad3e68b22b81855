import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ReferralSchema, referralKindLabels, referralOutcomeLabels } from '@open-sds/support-planning'
import { RolePage } from '~/components/RolePage'
import { SummaryCard } from '~/components/SummaryCard'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { loadReferral } from './referral-access.server'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Request for help ${data.reference}` : 'A request for help')

const ROUTE = 'routes/_referrals+/work.referrals.$reference' as const

/**
 * Issue 18: a worker opens the request from the queue: who sent it, for whom, what they asked; whose record it is
 * linked to and how it ended, with the next step. Each opening is audited.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await loadReferral(context, viewer, params.reference ?? '')
  const asked = ReferralSchema.parse(record.details)
  const { users, people } = context.database.repos
  const sender = record.raisedByUserId ? await users.findById(record.raisedByUserId) : undefined
  const person = record.link ? await people.findById(record.link.personId) : undefined
  const closedBy = record.closing ? await users.findById(record.closing.closedByUserId) : undefined
  return json({
    name: viewer.displayName,
    reference: record.reference,
    receivedAt: record.receivedAt.toISOString(),
    kind: referralKindLabels[asked.kind],
    possibleFlood: record.floodGroup !== null,
    forWhom: [
      ['Name', asked.personName],
      ['Date of birth', asked.dateOfBirth ? formatDate(asked.dateOfBirth) : 'Not given'],
      ['Address', asked.address ?? 'Not given'],
      ['Phone or email', asked.personContact ?? 'Not given'],
    ],
    helpNeeded: asked.helpNeeded,
    agreement:
      asked.kind !== 'someone-else'
        ? null
        : asked.consent === 'yes'
          ? 'Yes, they know and agree'
          : `No. Why: ${asked.noConsentReason ?? ''}`,
    sentBy:
      asked.kind === 'self'
        ? [['Who', 'The person themselves']]
        : [
            ['Name', asked.referrerName ?? 'Not given'],
            ['Phone or email', asked.referrerContact ?? 'Not given'],
            ['How they know the person', asked.referrerRelationship ?? 'Not given'],
          ],
    signedInAs: sender ? `${sender.displayName} (signed in)` : 'Not signed in',
    linkedTo: person ? { id: person.id, name: person.displayName } : null,
    closing: record.closing
      ? {
          outcome: referralOutcomeLabels[record.closing.outcome],
          note: record.closing.note,
          at: record.closing.closedAt.toISOString(),
          by: closedBy?.displayName ?? 'Someone no longer on the staff list',
        }
      : null,
  })
}

export default function ReferralPage() {
  const data = useLoaderData<typeof loader>()
  const rows = (list: unknown) => list as [string, string][]
  return (
    <RolePage caption={data.name} heading={`Request for help ${data.reference}`}>
      <SummaryCard
        title="The request"
        rows={[
          ['Received', formatDate(data.receivedAt)],
          ['Who it is for', data.kind],
          ...(data.agreement ? rows([['Do they know and agree?', data.agreement]]) : []),
          ...(data.possibleFlood
            ? rows([['Note', 'Sent beyond the hourly limit from one address: check it is real']])
            : []),
          ['What help is needed', data.helpNeeded],
        ]}
      />
      <SummaryCard title="The person who needs help" rows={rows(data.forWhom)} />
      <SummaryCard title="Who sent it" rows={[...rows(data.sentBy), ['Account', data.signedInAs]]} />
      <h2 className="govuk-heading-m">{data.closing ? 'What happened' : 'What happens next'}</h2>
      {data.linkedTo ? (
        <p className="govuk-body">
          Linked to{' '}
          <a className="govuk-link" href={`/find-a-person/${data.linkedTo.id}`}>
            {data.linkedTo.name}&apos;s record
          </a>
          .
        </p>
      ) : (
        <p className="govuk-body">
          First find the person&apos;s record, or make one from the request:{' '}
          <a className="govuk-link" href={`/work/referrals/${data.reference}/link`}>
            link the request to a person&apos;s record
          </a>
          .
        </p>
      )}
      {data.closing ? (
        <SummaryCard
          title="How it ended"
          rows={[
            ['Outcome', data.closing.outcome],
            ['Note', data.closing.note],
            ['Closed', `${formatDate(data.closing.at)} by ${data.closing.by}`],
          ]}
        />
      ) : data.linkedTo ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`/work/referrals/${data.reference}/close`}>
            Close the request with what happened
          </a>
        </p>
      ) : null}
    </RolePage>
  )
}
