import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Financial assessments')

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer } = await authoriseSignedIn(request, 'routes/finance')
  return json({ name: viewer.displayName })
}

export default function Finance() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Financial assessments">
      <p className="govuk-body">Financial assessments waiting for review will appear here, with the charge, how it was worked out and the rules used.</p>
      <p className="govuk-body">There are no financial assessments to review.</p>
    </RolePage>
  )
}
