import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json } from '@remix-run/node'
import { footerLinksFor } from '@open-sds/plugin-sdk'
import { Links, Meta, Outlet, isRouteErrorResponse, useRouteError, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { SiteFooter } from '~/components/SiteFooter'
import { SiteHeader } from '~/components/SiteHeader'
import { StaffNavigation } from '~/components/StaffNavigation'
import { NOT_OFFERED_HEADING, NotOfferedHere, isNotOfferedHere } from '~/components/NotOfferedHere'
import { csrfToken } from '~/.server/auth/csrf'
import { ROLE_HOME, hasRole } from '~/.server/auth/roles'
import { staffNavigation } from '~/.server/auth/staff-navigation'
import { workCounts } from '~/routes/_work+/work.server'
import { isRouteOffered } from '~/.server/auth/route-services'
import { currentViewer, type Viewer } from '~/.server/auth/session'
import { getAppContext, type AppContext } from '~/.server/context'
import portalStyles from '~/styles/portal.scss?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: portalStyles },
  { rel: 'stylesheet', href: '/brand.css' },
]

export async function loader({ request, context: requestContext }: LoaderFunctionArgs) {
  const context = await getAppContext()
  const viewer = await currentViewer(request, context)
  const csrf = csrfToken(request, context)
  const { branding } = context.site
  // The server sent a browser's too-large form back to its page (server.js): nothing of it reached the page.
  const sentTooLarge = new URL(request.url).searchParams.has('sent-too-large')
  const data = {
    site: {
      organisationName: branding.organisationName,
      serviceName: branding.serviceName,
      logo: branding.logo,
      contact: branding.contact,
      footerLinks: footerLinksFor(context.site),
      accountsOffered: isRouteOffered(context.site, 'routes/_front+/sign-up'),
    },
    viewer: viewer ? { displayName: viewer.displayName, home: ROLE_HOME[viewer.role] } : null,
    staffLinks: viewer ? await staffLinksFor(context, viewer) : [],
    path: new URL(request.url).pathname,
    csrfToken: csrf.token,
    formHasErrors: sentTooLarge || (requestContext.requestState?.formHasErrors ?? false),
    tooLarge: sentTooLarge
      ? `What you sent was too large: the limit is ${Math.round(context.config.maxBodyBytes / 1024)} KB. Nothing has been saved.`
      : null,
  }
  return json(data, csrf.setCookie ? { headers: { 'Set-Cookie': csrf.setCookie } } : undefined)
}

/** The staff navigation, with how much waits behind each link; safeguarding authorisation is read once for both. */
async function staffLinksFor(context: AppContext, viewer: Viewer) {
  const safeguardingAuthorised =
    hasRole(viewer, 'practitioner') && (await context.database.repos.safeguarding.isAuthorised(viewer.id))
  return staffNavigation(
    viewer.roles,
    safeguardingAuthorised,
    (route) => isRouteOffered(context.site, route),
    await workCounts(context, viewer, safeguardingAuthorised, new Date()),
  )
}

export type RootData = SerializeFrom<typeof loader>

// Error pages are titled like every other page, with the service's name, when the root's data is there to give it.
export const meta: MetaFunction<typeof loader> = ({ error, matches }) => {
  if (isRouteErrorResponse(error) && isNotOfferedHere(error.data)) return pageTitle(matches, NOT_OFFERED_HEADING)
  const status = isRouteErrorResponse(error) ? error.status : 500
  return pageTitle(matches, ERROR_HEADINGS[status] ?? SERVICE_PROBLEM)
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body govuk-frontend-supported">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader site={data?.site} viewer={data?.viewer ?? null} />
        {data && data.staffLinks.length > 0 ? <StaffNavigation links={data.staffLinks} path={data.path} /> : null}
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {data?.tooLarge ? <ErrorSummary errors={[{ field: 'main-content', message: data.tooLarge }]} /> : null}
            {children}
          </main>
        </div>
        <SiteFooter site={data?.site} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isRouteErrorResponse(error) && isNotOfferedHere(error.data) ? (
          <NotOfferedHere {...error.data} />
        ) : (
          <ErrorExplained error={error} />
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go to the start page
          </a>
        </p>
      </div>
    </div>
  )
}

function ErrorExplained({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500
  const detail = isRouteErrorResponse(error) && typeof error.data === 'string' ? error.data : undefined
  return (
    <>
      <h1 className="govuk-heading-l">{ERROR_HEADINGS[status] ?? SERVICE_PROBLEM}</h1>
      <p className="govuk-body">{detail ?? ERROR_ADVICE[status] ?? ERROR_ADVICE[500]}</p>
    </>
  )
}

const SERVICE_PROBLEM = 'Sorry, there is a problem with the service'

const ERROR_HEADINGS: Record<number, string> = {
  400: 'There was a problem with what was sent',
  403: 'You cannot see this page',
  404: 'Page not found',
  405: 'This address does not accept that kind of request',
  411: 'There was a problem with what was sent',
  413: 'What you sent was too large',
  429: 'Too many attempts',
  500: SERVICE_PROBLEM,
}

const ERROR_ADVICE: Record<number, string> = {
  404: 'If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.',
  500: 'Try again later. Nothing you have already saved has been lost.',
}
