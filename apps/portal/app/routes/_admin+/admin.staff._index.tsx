import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { SummaryCard } from '~/components/SummaryCard'
import { SuccessBanner } from '~/components/SuccessBanner'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ROLE_LABELS } from '~/.server/auth/roles'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Staff accounts')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.staff._index')
  const staff = (await context.database.repos.users.list()).filter((user) => user.role !== 'citizen')
  return json({
    name: viewer.displayName,
    staff: staff.map((user) => ({
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      role: ROLE_LABELS[user.role],
      active: user.disabledAt === null,
    })),
  })
}

export default function StaffAccounts() {
  const { name, staff } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const created = searchParams.get('created')
  return (
    <RolePage caption={name} heading="Staff accounts">
      {created ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">
            The account for {created} has been made. A link to set its password is in the outbox.
          </p>
        </SuccessBanner>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-button" href="/admin/staff/new">
          Create a staff account
        </a>
      </p>
      {/* One card per person, not a table: a table's four columns squeezed email addresses into broken words at
          320px wide; a summary list stacks each row instead. */}
      {staff.map((user) => (
        <SummaryCard
          key={user.id}
          title={
            <a className="govuk-link" href={`/admin/staff/${user.id}`}>
              {user.displayName}
            </a>
          }
          rows={[
            ['Email address', user.email],
            ['Role', user.role],
            ['Status', user.active ? 'Active' : 'Deactivated'],
          ]}
        />
      ))}
    </RolePage>
  )
}
