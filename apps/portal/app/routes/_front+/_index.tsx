import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { ROLE_HOME } from '~/.server/auth/roles'
import { InformationPageLinks } from '~/components/InformationPageLinks'
import { servicesInForce } from '@open-sds/plugin-sdk'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Start')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, 'routes/_front+/_index')
  const { branding, pages } = context.site
  const services = servicesInForce(context.site)
  return json({
    offers: {
      selfDirectedSupport: services.offers('self-directed-support'),
      chargingEstimate: services.offers('charging-estimate'),
      safeguarding: services.offers('safeguarding'),
      coproduction: services.offers('coproduction'),
    },
    referTo: services.referTo ?? null,
    organisationName: branding.organisationName,
    serviceName: branding.serviceName,
    pages: pages.map((page) => ({ slug: page.slug, title: page.title, summary: page.summary ?? null })),
    home: viewer ? ROLE_HOME[viewer.role] : null,
  })
}

export default function StartPage() {
  const { organisationName, serviceName, pages, home, offers, referTo } = useLoaderData<typeof loader>()
  // What the page promises is what this instance runs (plugin `services` slot): a user-led organisation's instance
  // must not offer assessments, budgets or charges it cannot give.
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{organisationName}</span>
        <h1 className="govuk-heading-xl">{serviceName}</h1>
        <p className="govuk-body-l">
          {offers.selfDirectedSupport
            ? 'Find out about care and support, and take control of the help you get.'
            : 'Find out about care and support, and help make it better.'}
        </p>
        <p className="govuk-body">Use this service to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            find information and advice about care and support, whoever pays for it, and groups, clubs and help near
            you:{' '}
            <a className="govuk-link" href="/find-support">
              find local support
            </a>{' '}
            (no account needed)
          </li>
          {offers.selfDirectedSupport ? (
            <>
              <li>
                ask for help with care and support, for yourself, for someone else or as a carer:{' '}
                <a className="govuk-link" href="/ask-for-help">
                  ask for help
                </a>{' '}
                (no account needed)
              </li>
              <li>tell us about your needs, in your own words and at your own pace</li>
              <li>see the money available for your support and plan how to use it</li>
            </>
          ) : null}
          {offers.chargingEstimate ? (
            <li>
              find out what you might pay towards your care:{' '}
              <a className="govuk-link" href="/charging-estimate">
                estimate your charge
              </a>{' '}
              (no account needed)
            </li>
          ) : null}
          {offers.safeguarding ? (
            <li>
              raise a concern if you are worried someone is being harmed:{' '}
              <a className="govuk-link" href="/report-a-concern">
                report a concern
              </a>{' '}
              (no account needed)
            </li>
          ) : null}
          {offers.coproduction ? (
            <li>
              tell us what you think of care and support:{' '}
              <a className="govuk-link" href="/surveys">
                take part in a survey
              </a>{' '}
              or{' '}
              <a className="govuk-link" href="/feedback">
                see what people said and what changed
              </a>{' '}
              (no account needed)
            </li>
          ) : null}
        </ul>
        {referTo ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              {organisationName} is not the council. For an assessment of your needs, a personal budget, what you pay
              towards your care, or if you are worried an adult is being harmed, contact {referTo.name} on{' '}
              {referTo.phone}
              {referTo.url ? (
                <>
                  {' '}
                  or visit{' '}
                  <a className="govuk-link" href={referTo.url}>
                    their website
                  </a>
                </>
              ) : null}
              .
            </p>
            <p className="govuk-body">If someone is in immediate danger, call 999.</p>
          </div>
        ) : null}
        {offers.selfDirectedSupport ? (
          <p className="govuk-body">
            You can use it for yourself, or for someone you help if they agree or you act for them.
          </p>
        ) : null}
        {home ? (
          <StartButton href={home} text="Go to your account" />
        ) : offers.selfDirectedSupport ? (
          <>
            <StartButton href="/sign-up" text="Start now" />
            <p className="govuk-body">
              Already have an account?{' '}
              <a className="govuk-link" href="/sign-in">
                Sign in
              </a>
            </p>
          </>
        ) : offers.coproduction ? (
          <StartButton href="/surveys" text="Take part in a survey" />
        ) : null}
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

function StartButton({ href, text }: { href: string; text: string }) {
  return (
    <a
      href={href}
      role="button"
      draggable="false"
      className="govuk-button govuk-button--start"
      data-module="govuk-button"
    >
      {text}
      <StartArrow />
    </a>
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
