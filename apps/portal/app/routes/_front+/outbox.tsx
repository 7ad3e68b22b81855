import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Messages the portal would send')

/**
 * The demo's outbox (decision 027): every message the portal would have sent, reset links included. Only a demo shows
 * it, to anyone, so that whoever tries the demo can follow the links; a real instance answers "page not found", since
 * whoever could read it could take over any account.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/outbox')
  if (!context.config.demo) {
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  }
  const messages = await context.database.repos.outbox.listRecent({ limit: 50 })
  return json({
    messages: messages.map(({ id, toAddress, subject, body, link, createdAt }) => ({
      id,
      toAddress,
      subject,
      body,
      link,
      at: createdAt.toISOString(),
    })),
  })
}

export default function Outbox() {
  const { messages } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This is a demonstration. These messages are not sent: they are shown here so you can follow their links.
          </strong>
        </div>
        <h1 className="govuk-heading-l">Messages the portal would send</h1>
        {messages.length === 0 ? (
          <p className="govuk-body">No messages yet. Ask for a password reset link on the sign-in page to see one.</p>
        ) : (
          messages.map((message) => (
            <div key={message.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">{message.subject}</h2>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">To</dt>
                    <dd className="govuk-summary-list__value">{message.toAddress}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Written</dt>
                    <dd className="govuk-summary-list__value">{formatDateTime(message.at)}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Message</dt>
                    <dd className="govuk-summary-list__value">
                      {message.body.split('\n\n').map((paragraph, index) => (
                        <p key={index} className="govuk-body">
                          {paragraph}
                        </p>
                      ))}
                    </dd>
                  </div>
                </dl>
                {message.link ? (
                  <p className="govuk-body">
                    <a className="govuk-link" href={message.link}>
                      Follow the link
                      <span className="govuk-visually-hidden">
                        {' '}
                        in “{message.subject}” to {message.toAddress}
                      </span>
                    </a>
                  </p>
                ) : null}
              </div>
            </div>
          ))
        )}
      </div>
    </div>
  )
}
