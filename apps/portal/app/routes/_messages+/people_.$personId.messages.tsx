import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { MAX_MESSAGE_LENGTH, SecureMessageSchema } from '@open-sds/db'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { SuccessBanner } from '~/components/SuccessBanner'
import { formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditedChange } from '~/.server/audited-change'
import { validateForm } from '~/.server/forms'
import { sideOf, tellOfNewMessage, threadNotFound, threadPath } from './messages.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.side === 'staff' ? `Messages with ${data.personName}` : 'Messages')

const ROUTE = 'routes/_messages+/people_.$personId.messages' as const
const FIELDS = ['body']

async function openThread(request: Request, personId: string) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const standing = await sideOf(context, viewer, personId)
  const person = standing ? await context.database.repos.people.findById(personId) : undefined
  // Anyone else is told the same as for a person who does not exist: the page says nothing of who has a record.
  if (!standing || !person) throw threadNotFound()
  return { context, viewer, person, ...standing }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer, person, side, maySend } = await openThread(request, params.personId ?? '')
  const now = new Date()
  // Reading the thread and marking it read are one change with its audit entry: every read is recorded.
  const thread = await context.database.withAudit(
    async (repos) => {
      const messages = await repos.secureMessages.thread(person.id)
      const last = messages.at(-1)?.seq ?? 0
      if (last > 0) await repos.secureMessages.markRead(viewer.id, person.id, last, now)
      return messages
    },
    (messages) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'message-thread.read',
      personId: person.id,
      resource: `messages:${person.id}`,
      detail: { messages: messages.length, page: new URL(request.url).pathname.slice(0, 300) },
    }),
  )
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    side,
    maySend,
    personName: person.displayName,
    sent: new URL(request.url).searchParams.get('sent') === '1',
    maxLength: MAX_MESSAGE_LENGTH.toLocaleString('en-GB'),
    back: side === 'staff' ? '/work/messages' : '/my-care',
    messages: thread.map((message) => ({
      seq: message.seq,
      // Who wrote it, as the reader knows them: "You", the person's side, or the council's named officer.
      from:
        message.authorUserId === viewer.id
          ? 'You'
          : message.side === 'staff'
            ? `${message.authorName}, the council`
            : message.authorName,
      sentAt: message.sentAt.toISOString(),
      body: message.body,
    })),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, person, side, maySend } = await openThread(request, params.personId ?? '')
  if (!maySend)
    throw new Response(
      'You can read these messages, but not write for this person. They can ask the council to let you.',
      {
        status: 403,
        statusText: 'Forbidden',
      },
    )
  const form = await readProtectedForm(request, context)
  // Checked before anything is stored or queued: the field named and what was typed kept.
  const outcome = validateForm(SecureMessageSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors: outcome.errors, values: outcome.values },
    )
  }
  const now = new Date()
  const stored = await auditedChange(
    context,
    async (repos) => {
      const sent = await repos.secureMessages.send(
        { personId: person.id, side, authorUserId: viewer.id, body: outcome.data.body },
        now,
      )
      if (!sent.ok) return sent
      const told = await tellOfNewMessage(context, repos, sent.value, now)
      return { ok: true as const, value: { ...sent.value, told } }
    },
    (sent) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'message.send',
      personId: person.id,
      resource: `messages:${person.id}`,
      // Never the words: the audit log says a message was written, the thread holds what it said.
      detail: { seq: sent.seq, side, told: sent.told },
    }),
  )
  if (!stored.ok) {
    const errors = stored.errors.map(({ path, message }) => ({ field: path || 'body', message }))
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors, values: { body: String(form.get('body') ?? '') } },
    )
  }
  return redirect(`${threadPath(person.id)}?sent=1#message-${stored.value.seq}`)
}

export default function MessageThread() {
  const { side, maySend, personName, sent, back, messages, maxLength, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const typed = result?.values.body
  return (
    <RolePage
      caption={personName}
      heading={side === 'staff' ? `Messages with ${personName}` : 'Messages with the council'}
    >
      <ErrorSummary errors={errors} />
      {sent && !errors ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">Your message has been sent</p>
          <p className="govuk-body">
            {side === 'staff'
              ? `We have told ${personName} there is a new message, without what it says.`
              : 'We have told the people who work with you. They will answer here.'}
          </p>
        </SuccessBanner>
      ) : null}
      <p className="govuk-body">
        {side === 'staff'
          ? `Only ${personName}, whoever acts for them, and the staff who work with them can read these messages. Each time someone opens them it is written down.`
          : 'Only you, whoever acts for you, and the council staff who work with you can read these messages. The messages we send to tell you of a new one never say what it says.'}
      </p>
      <h2 className="govuk-heading-m">Messages</h2>
      {messages.length === 0 ? (
        <p className="govuk-body">There are no messages yet.</p>
      ) : (
        <ol className="govuk-list">
          {messages.map((message) => (
            <li key={message.seq} id={`message-${message.seq}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{message.from}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-2">{formatDateTime(message.sentAt)}</p>
              <div
                className="govuk-inset-text govuk-!-margin-top-0"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {message.body}
              </div>
            </li>
          ))}
        </ol>
      )}
      {maySend ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <Textarea
            name="body"
            label="Write a message"
            labelSize="m"
            hint={`Up to ${maxLength} characters. Do not send bank details or passwords.`}
            rows={6}
            value={typed}
            error={errorFor(errors, 'body')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the message
          </button>
        </Form>
      ) : (
        <p className="govuk-body">
          You can read these messages but not write for {personName}. They can ask the council to let you fill in and
          send forms for them.
        </p>
      )}
      <BackLink href={back}>Back</BackLink>
    </RolePage>
  )
}
