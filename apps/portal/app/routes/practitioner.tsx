import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { peopleFor } from '~/.server/people'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your caseload')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/practitioner')
  const caseload = (await peopleFor(context, viewer, new Date())).filter((person) => person.relationship === 'practitioner')
  return json({ name: viewer.displayName, caseload })
}

export default function Practitioner() {
  const { name, caseload } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Your caseload">
      <p className="govuk-body">People you are working with. Assessments, eligibility decisions and support plans will appear here as they arrive.</p>
      {caseload.length === 0 ? (
        <p className="govuk-body">Nobody is on your caseload yet.</p>
      ) : (
        <ul className="govuk-list">
          {caseload.map((person) => (
            <li key={person.id}>
              <a className="govuk-link" href={`/people/${person.id}`}>
                {person.displayName}
              </a>
            </li>
          ))}
        </ul>
      )}
    </RolePage>
  )
}
