import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your organisation')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_coproduction+/organisation')
  return json({ name: viewer.displayName, organisation: context.site.branding.organisationName })
}

export default function Organisation() {
  const { name, organisation } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading={`Running ${organisation}`}>
      <p className="govuk-body">
        <a className="govuk-link" href="/coproduction">
          Surveys, results, moderation and &ldquo;you said, we did&rdquo;
        </a>
      </p>
    </RolePage>
  )
}
