import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { parseReference } from '@open-sds/safeguarding'
import { ReferenceConfirmation } from '~/components/ReferenceConfirmation'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Concern sent')

/**
 * The confirmation shows back the reference in the address and looks nothing up, so it says nothing about whether a
 * concern with that reference exists.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_safeguarding+/report-a-concern_.sent')
  const query = new URL(request.url).searchParams
  const reference = query.get('reference') ?? ''
  return json({
    reference: parseReference(reference) ? reference : null,
    childrensServices: query.get('child') === '1' ? (context.site.branding.contact.childrensServices ?? null) : null,
    child: query.get('child') === '1',
  })
}

export default function ConcernSent() {
  const { reference, child, childrensServices } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ReferenceConfirmation title="Concern sent" reference={reference} />
        <p className="govuk-body">
          Thank you for telling us. Keep the reference number: quote it if you contact us about this concern.
        </p>
        {child ? <ConcernAboutAChild service={childrensServices} /> : null}
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

/** The form is for adults; a concern about a child is taken in, and the person is told where children's concerns go. */
function ConcernAboutAChild({ service }: { service: { name: string; phone: string; url?: string } | null }) {
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s">You said the person is under 18</h2>
      <p className="govuk-body">
        We have taken your concern in, and our safeguarding team will pass it on if children&apos;s safeguarding
        procedures apply.{' '}
        {service ? (
          <>
            You can also contact {service.name} on <strong>{service.phone}</strong>
            {service.url ? (
              <>
                {' '}
                or at{' '}
                <a className="govuk-link" href={service.url}>
                  {service.url}
                </a>
              </>
            ) : null}
            .
          </>
        ) : (
          <>You can also contact the children&apos;s services of the council where the child lives.</>
        )}
      </p>
    </div>
  )
}
