import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import type { ReferralRecord } from '@open-sds/db'
import { ReferralSchema, referralKindLabels } from '@open-sds/support-planning'
import { RolePage } from '~/components/RolePage'
import { SummaryCard } from '~/components/SummaryCard'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Request for help ${data.reference}` : 'A request for help')

const ROUTE = 'routes/_referrals+/work.referrals.$reference' as const

const notFound = () =>
  new Response('There is no request for help at this address that you can see.', {
    status: 404,
    statusText: 'Not Found',
  })

/**
 * The request, for a member of a team that handles requests for help, or an administrator; anyone else (another
 * team, a reference that does not exist) is told the same: there is nothing here.
 */
async function load(context: AppContext, viewer: Viewer, reference: string): Promise<ReferralRecord> {
  const { work, referrals } = context.database.repos
  const teams = await work.listTeams()
  const mine =
    viewer.role === 'council-admin' ||
    teams.some(
      (team) => team.handles.includes('referral') && team.members.some((member) => member.userId === viewer.id),
    )
  const record = mine ? await referrals.findByReference(reference) : undefined
  if (!record) throw notFound()
  return record
}

/** Issue 18: a worker opens the request from the queue: who sent it, for whom, what they asked. Each opening is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await load(context, viewer, params.reference ?? '')
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'referral.read',
    personId: null,
    resource: `referral:${record.reference}`,
  })
  const asked = ReferralSchema.parse(record.details)
  const sender = record.raisedByUserId ? await context.database.repos.users.findById(record.raisedByUserId) : undefined
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
    </RolePage>
  )
}
