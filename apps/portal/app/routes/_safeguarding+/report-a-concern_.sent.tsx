import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { parseReference } from '@open-sds/safeguarding'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Concern sent')

/**
 * The confirmation shows back the reference in the address and looks nothing up, so it says nothing about whether a
 * concern with that reference exists.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_safeguarding+/report-a-concern_.sent')
  const reference = new URL(request.url).searchParams.get('reference') ?? ''
  return json({ reference: parseReference(reference) ? reference : null })
}

export default function ConcernSent() {
  const { reference } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Concern sent</h1>
          {reference ? (
            <div className="govuk-panel__body">
              Your reference number
              <br />
              <strong>{reference}</strong>
            </div>
          ) : null}
        </div>
        <p className="govuk-body">
          Thank you for telling us. Keep the reference number: quote it if you contact us about this concern.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          A member of our safeguarding team will read your concern and decide what to do. If they need to know more and
          you gave a way to contact you, they will get in touch. We will not tell the person you are worried about that
          you raised it unless there is a good reason.
        </p>
        <p className="govuk-body">If you think someone is in immediate danger, call 999.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/report-a-concern">
            Report another concern
          </a>
        </p>
      </div>
    </div>
  )
}
