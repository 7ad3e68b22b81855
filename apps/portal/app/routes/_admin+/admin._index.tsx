import { ScrollableTable } from '~/components/ScrollableTable'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ROLE_LABELS } from '~/.server/auth/roles'
import { InformationPageLinks } from '~/components/InformationPageLinks'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Administration')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin._index')
  const { site } = context
  return json({
    name: viewer.displayName,
    // Which plugin set what is for developers (it is in the plugin's files and the server's start-up log); an
    // administrator needs the service's name and the pages people can read.
    organisation: site.branding.organisationName,
    pages: site.pages.map((page) => ({ slug: page.slug, title: page.title })),
    users: (await context.database.repos.users.list()).map((user) => ({
      email: user.email,
      displayName: user.displayName,
      role: ROLE_LABELS[user.role],
    })),
  })
}

export default function Admin() {
  const { name, organisation, pages, users } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Administration">
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/audit">
          Read the audit log
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/ras">
          Calibrate and publish the resource allocation system
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/uprating">
          Uprate charges for a new year
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/progress">
          Progress measures and the Client Level Data export
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/coproduction">
          Co-production surveys, results, moderation and &ldquo;you said, we did&rdquo;
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/safeguarding/counts">
          Annual safeguarding counts
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/safeguarding-staff">
          Who may see safeguarding concerns
        </a>
      </p>
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
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((heading) => (
              <th scope="col" className="govuk-table__header" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
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
