import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { ROLE_HOME } from '~/.server/auth/roles'
import { InformationPageLinks } from '~/components/InformationPageLinks'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Start')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, 'routes/_front+/_index')
  const { branding, pages } = context.site
  return json({
    organisationName: branding.organisationName,
    serviceName: branding.serviceName,
    pages: pages.map((page) => ({ slug: page.slug, title: page.title, summary: page.summary ?? null })),
    home: viewer ? ROLE_HOME[viewer.role] : null,
  })
}

export default function StartPage() {
  const { organisationName, serviceName, pages, home } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{organisationName}</span>
        <h1 className="govuk-heading-xl">{serviceName}</h1>
        <p className="govuk-body-l">Find out about care and support, and take control of the help you get.</p>
        <p className="govuk-body">Use this service to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>find information and advice about care and support, whoever pays for it</li>
          <li>tell us about your needs, in your own words and at your own pace</li>
          <li>see the money available for your support and plan how to use it</li>
          <li>
            find out what you might pay towards your care:{' '}
            <a className="govuk-link" href="/charging-estimate">
              estimate your charge
            </a>{' '}
            (no account needed)
          </li>
          <li>
            raise a concern if you are worried someone is being harmed:{' '}
            <a className="govuk-link" href="/report-a-concern">
              report a concern
            </a>{' '}
            (no account needed)
          </li>
        </ul>
        <p className="govuk-body">
          You can use it for yourself, or for someone you help if they agree or you act for them.
        </p>
        {home ? (
          <a
            href={home}
            role="button"
            draggable="false"
            className="govuk-button govuk-button--start"
            data-module="govuk-button"
          >
            Go to your account
            <StartArrow />
          </a>
        ) : (
          <>
            <a
              href="/sign-up"
              role="button"
              draggable="false"
              className="govuk-button govuk-button--start"
              data-module="govuk-button"
            >
              Start now
              <StartArrow />
            </a>
            <p className="govuk-body">
              Already have an account?{' '}
              <a className="govuk-link" href="/sign-in">
                Sign in
              </a>
            </p>
          </>
        )}
      </div>
      <div className="govuk-grid-column-one-third">
        <aside className="app-related-items" role="complementary" aria-labelledby="information-heading">
          <h2 className="govuk-heading-m" id="information-heading">
            Information and advice
          </h2>
          <InformationPageLinks pages={pages} />
        </aside>
      </div>
    </div>
  )
}

function StartArrow() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  )
}
