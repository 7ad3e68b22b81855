import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ReferenceConfirmation } from '~/components/ReferenceConfirmation'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Request for help sent')

/**
 * Shows back the reference in the address and looks nothing up, so it says nothing about whether a request with that
 * reference exists.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_referrals+/ask-for-help_.sent')
  const reference = new URL(request.url).searchParams.get('reference') ?? ''
  return json({ reference: /^RF-[0-9A-F]{8}$/.test(reference) ? reference : null })
}

export default function ReferralSent() {
  const { reference } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ReferenceConfirmation title="Request for help sent" reference={reference} />
        <p className="govuk-body">Keep the reference number: quote it if you contact us about this request.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Our adult social care team will read your request and get in touch, usually to talk about what would help. If
          you asked for someone else, we will speak to them too.
        </p>
        <p className="govuk-body">If someone is in immediate danger, call 999.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  )
}
