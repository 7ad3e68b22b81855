import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { threadPath, unreadForStaff } from './messages.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Messages to read')

const ROUTE = 'routes/_messages+/work.messages' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const now = new Date()
  const threads = await unreadForStaff(context, viewer)
  // A list of names of people in care is personal data: each person listed is recorded, as on the caseload.
  for (const thread of threads) {
    await context.database.repos.audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'message-thread.list',
      personId: thread.personId,
      resource: `messages:${thread.personId}`,
    })
  }
  return json({
    name: viewer.displayName,
    threads: threads.map((thread) => ({
      href: threadPath(thread.personId),
      person: thread.personName,
      unread: thread.unread,
      lastSentAt: thread.lastSentAt.toISOString(),
    })),
  })
}

export default function MessagesToRead() {
  const { name, threads } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Messages to read">
      <p className="govuk-body">
        Secure messages from the people you work with, or from whoever acts for them, that you have not read yet. A
        person leaves this list once you open their messages.
      </p>
      {threads.length === 0 ? (
        <p className="govuk-body">There are no messages for you to read.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">People with new messages</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Person
              </th>
              <th scope="col" className="govuk-table__header">
                New messages
              </th>
              <th scope="col" className="govuk-table__header">
                Latest
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {threads.map((thread) => (
              <tr className="govuk-table__row" key={thread.href}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={thread.href}>
                    {thread.person}
                  </a>
                </td>
                <td className="govuk-table__cell">{thread.unread}</td>
                <td className="govuk-table__cell">{formatDateTime(thread.lastSentAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </RolePage>
  )
}
