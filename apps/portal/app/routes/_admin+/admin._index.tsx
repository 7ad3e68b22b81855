import { ScrollableTable } from '~/components/ScrollableTable'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ROLE_LABELS } from '~/.server/auth/roles'
import type { RouteId } from '~/.server/auth/access'
import { isRouteOffered } from '~/.server/auth/route-services'
import { InformationPageLinks } from '~/components/InformationPageLinks'
import { TableHead } from '~/components/TableHead'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Administration')

// The pages an administrator runs, each shown only when this instance runs the service it belongs to.
const ADMIN_PAGES: readonly { route: RouteId; href: string; text: string }[] = [
  { route: 'routes/_admin+/admin.staff._index', href: '/admin/staff', text: 'Staff accounts and their roles' },
  {
    route: 'routes/_admin+/admin.teams._index',
    href: '/admin/teams',
    text: 'Teams, their members and the work they handle',
  },
  { route: 'routes/_admin+/admin.audit', href: '/admin/audit', text: 'Read the audit log' },
  { route: 'routes/_admin+/admin.messages', href: '/admin/messages', text: 'Messages sent, and how each got on' },
  {
    route: 'routes/_directory+/admin.directory._index',
    href: '/admin/directory',
    text: 'Check listings in the service directory',
  },
  {
    route: 'routes/_admin+/admin.ras',
    href: '/admin/ras',
    text: 'Calibrate and publish the resource allocation system',
  },
  { route: 'routes/_charging+/admin.uprating', href: '/admin/uprating', text: 'Uprate charges for a new year' },
  {
    route: 'routes/_admin+/admin.progress',
    href: '/admin/progress',
    text: 'Progress measures and the Client Level Data export',
  },
  {
    route: 'routes/_coproduction+/coproduction._index',
    href: '/coproduction',
    text: 'Co-production surveys, results, moderation and “you said, we did”',
  },
  {
    route: 'routes/_safeguarding+/safeguarding_.counts',
    href: '/safeguarding/counts',
    text: 'Annual safeguarding counts',
  },
  {
    route: 'routes/_safeguarding+/admin.safeguarding-staff',
    href: '/admin/safeguarding-staff',
    text: 'Who may see safeguarding concerns',
  },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin._index')
  const { site } = context
  return json({
    name: viewer.displayName,
    // Which plugin set what is for developers (it is in the plugin's files and the server's start-up log); an
    // administrator needs the service's name and the pages people can read.
    organisation: site.branding.organisationName,
    links: ADMIN_PAGES.filter((page) => isRouteOffered(site, page.route)).map(({ href, text }) => ({ href, text })),
    pages: site.pages.map((page) => ({ slug: page.slug, title: page.title })),
    users: (await context.database.repos.users.list()).map((user) => ({
      email: user.email,
      displayName: user.displayName,
      role: ROLE_LABELS[user.role],
    })),
  })
}

export default function Admin() {
  const { name, organisation, links, pages, users } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Administration">
      {links.map((link) => (
        <p className="govuk-body" key={link.href}>
          <a className="govuk-link" href={link.href}>
            {link.text}
          </a>
        </p>
      ))}
      <h2 className="govuk-heading-m">Pages people can read</h2>
      <p className="govuk-body">The information pages {organisation} offers on this service.</p>
      <InformationPageLinks pages={pages} />
      <h2 className="govuk-heading-m">Accounts</h2>
      <SourceTable
        caption="Accounts and their roles"
        rows={users.map((user) => [`${user.displayName} (${user.email})`, user.role])}
        headings={['Account', 'Role']}
      />
    </RolePage>
  )
}

function SourceTable({ caption, headings, rows }: { caption: string; headings: [string, string]; rows: string[][] }) {
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <TableHead headings={headings} />
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.join('|')}>
              {row.map((cell, index) => (
                <td className="govuk-table__cell" key={index}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  )
}
