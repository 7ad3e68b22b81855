import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import type { OutboxDeliveryStatus } from '@open-sds/db'
import { RolePage } from '~/components/RolePage'
import { SummaryCard } from '~/components/SummaryCard'
import { formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Messages')

const STATUS_WORDS: Record<OutboxDeliveryStatus, string> = {
  queued: 'Waiting to be sent',
  sending: 'Being sent',
  sent: 'Sent to GOV.UK Notify',
  delivered: 'Delivered',
  failed: 'Not sent',
  held: 'Not sent',
}

/**
 * Every message the portal sends and how each got on (decision 041): for an administrator to see that messages go out,
 * and why one did not. A message holding a link (a password reset, setting a password, confirming an email address,
 * an invitation) shows its subject but never its words: whoever read the link could use it (decision 027). Reading
 * the list is audited, as it names people.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.messages')
  const messages = await context.database.repos.outbox.listRecent({ limit: 100 })
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'outbox.read',
    personId: null,
    resource: 'outbox',
    detail: { shown: messages.length },
  })
  return json({
    name: viewer.displayName,
    sending: context.config.notifyApiKey !== '',
    messages: messages.map(({ id, toAddress, channel, subject, body, link, createdAt, delivery }) => ({
      id,
      toAddress,
      channel,
      subject,
      body: link === null ? body : null,
      at: createdAt.toISOString(),
      status: delivery.status,
      reason: delivery.reason,
      attempts: delivery.attempts,
      updatedAt: delivery.updatedAt.toISOString(),
    })),
  })
}

export default function Messages() {
  const { name, sending, messages } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Messages">
      {sending ? (
        <p className="govuk-body">
          Messages are sent through GOV.UK Notify. The newest 100 are shown, with how each got on.
        </p>
      ) : (
        <div className="govuk-inset-text">
          This portal has no GOV.UK Notify key, so it sends nothing: messages wait here. Set NOTIFY_API_KEY to send
          them.
        </div>
      )}
      {messages.length === 0 ? <p className="govuk-body">No messages yet.</p> : null}
      {messages.map((message) => (
        <SummaryCard
          key={message.id}
          title={message.subject}
          rows={[
            [message.channel === 'sms' ? 'Text message to' : 'Email to', message.toAddress],
            ['Written', formatDateTime(message.at)],
            [
              'Status',
              <>
                <strong className={`govuk-tag ${TAG_COLOURS[message.status]}`}>{STATUS_WORDS[message.status]}</strong>
                {message.reason ? (
                  <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{message.reason}</p>
                ) : null}
              </>,
            ],
            ['Attempts', String(message.attempts)],
            [
              'Message',
              message.body === null ? (
                <p className="govuk-body">
                  Not shown: it holds a link that changes an account, which only its reader may follow.
                </p>
              ) : (
                message.body.split('\n\n').map((paragraph, index) => (
                  <p key={index} className="govuk-body">
                    {paragraph}
                  </p>
                ))
              ),
            ],
          ]}
        />
      ))}
    </RolePage>
  )
}

const TAG_COLOURS: Record<OutboxDeliveryStatus, string> = {
  queued: 'govuk-tag--grey',
  sending: 'govuk-tag--blue',
  sent: 'govuk-tag--blue',
  delivered: 'govuk-tag--green',
  failed: 'govuk-tag--red',
  held: 'govuk-tag--grey',
}
