import { ScrollableTable } from '~/components/ScrollableTable'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ROLE_LABELS } from '~/.server/auth/roles'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Administration')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin._index')
  const { site, config } = context
  return json({
    name: viewer.displayName,
    plugins: config.plugins,
    provenance: Object.entries(site.provenance.branding).map(([key, source]) => ({ key, source })),
    pages: site.pages.map((page) => ({
      slug: page.slug,
      title: page.title,
      source: site.provenance.pages[page.slug] ?? 'unknown',
    })),
    users: (await context.database.repos.users.list()).map((user) => ({
      email: user.email,
      displayName: user.displayName,
      role: ROLE_LABELS[user.role],
    })),
  })
}

export default function Admin() {
  const { name, plugins, provenance, pages, users } = useLoaderData<typeof loader>()
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
      <h2 className="govuk-heading-m">Plugins in use</h2>
      <p className="govuk-body">Applied in this order over the national defaults; a later plugin wins.</p>
      <ol className="govuk-list govuk-list--number">
        {plugins.map((plugin) => (
          <li key={plugin}>{plugin}</li>
        ))}
      </ol>
      <h2 className="govuk-heading-m">Where each setting comes from</h2>
      <SourceTable
        caption="Branding settings and the plugin that set them"
        rows={provenance.map((row) => [row.key, row.source])}
        headings={['Setting', 'Set by']}
      />
      <SourceTable
        caption="Content pages and the plugin that supplied them"
        rows={pages.map((page) => [page.title, page.source])}
        headings={['Page', 'Set by']}
      />
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
