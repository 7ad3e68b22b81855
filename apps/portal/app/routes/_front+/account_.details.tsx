import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { SuccessBanner } from '~/components/SuccessBanner'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { isCouncilStaff, secondFactorOffered } from '~/.server/auth/second-factor'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your email address and password')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/account_.details')
  // Staff find their second factor here (decision 033); where the portal has no key to keep one, it is not offered.
  const offered = isCouncilStaff(viewer.role) && secondFactorOffered(context)
  const secondFactorOn = offered
    ? Boolean((await context.database.repos.secondFactors.find(viewer.id))?.confirmedAt)
    : undefined
  const contact = await context.database.repos.contactPreferences.find(viewer.id)
  return json({ displayName: viewer.displayName, email: viewer.email, secondFactorOn, contact })
}

const DONE: Record<string, string> = {
  password: 'Your password has been changed. You have been signed out everywhere else.',
  contact: 'We will contact you the way you chose.',
  'email-sent': 'We have sent a link to your new email address. Your email address changes when you follow it.',
}

export default function AccountDetails() {
  const { displayName, email, secondFactorOn, contact } = useLoaderData<typeof loader>()
  const contactBy = contact.channel === 'sms' ? `Text message to ${contact.mobile ?? ''}` : 'Email'
  const [searchParams] = useSearchParams()
  const done = DONE[searchParams.get('done') ?? '']
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">{done}</p>
          </SuccessBanner>
        ) : null}
        <h1 className="govuk-heading-l">Your email address and password</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{displayName}</dd>
            <dd className="govuk-summary-list__actions" />
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{email}</dd>
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href="/account/email">
                Change<span className="govuk-visually-hidden"> email address</span>
              </a>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Password</dt>
            <dd className="govuk-summary-list__value">Hidden</dd>
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href="/account/password">
                Change<span className="govuk-visually-hidden"> password</span>
              </a>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">How we contact you</dt>
            <dd className="govuk-summary-list__value">
              {contactBy}
              {contact.wording === 'easy-read' ? ', in Easy Read' : ''}
            </dd>
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href="/account/contact">
                Change<span className="govuk-visually-hidden"> how we contact you</span>
              </a>
            </dd>
          </div>
          {secondFactorOn === undefined ? null : (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Code from an app</dt>
              <dd className="govuk-summary-list__value">{secondFactorOn ? 'On' : 'Off'}</dd>
              <dd className="govuk-summary-list__actions">
                <a className="govuk-link" href="/account/two-factor">
                  Change<span className="govuk-visually-hidden"> signing in with a code from an app</span>
                </a>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  )
}
