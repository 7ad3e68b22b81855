import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { suppressCount } from '@open-sds/coproduction'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { cellText, surveysInUse } from './coproduction.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Co-production and feedback')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_coproduction+/coproduction._index')
  const counts = await context.database.repos.coproduction.countResponses()
  const pending = await context.database.repos.coproduction.pendingComments(1000)
  return json({
    name: viewer.displayName,
    pending: pending.length,
    surveys: surveysInUse(context).map(({ setTitle, survey }) => ({
      id: survey.id,
      title: survey.title,
      setTitle,
      // Even staff see the count suppressed: the page may be shown on a screen at a meeting.
      responses: cellText(suppressCount(counts[survey.id] ?? 0)),
      answering:
        survey.answering.anonymous === 'open'
          ? 'Open to anyone'
          : survey.answering.anonymous === 'one-time-link'
            ? 'By one-time link or signed in'
            : 'Signed in only',
    })),
  })
}

export default function Coproduction() {
  const { name, surveys, pending } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Co-production and feedback">
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href="/coproduction/moderation">
            Moderate comments before they are published
          </a>{' '}
          ({pending} waiting)
        </li>
        <li>
          <a className="govuk-link" href="/coproduction/you-said-we-did">
            Keep the &ldquo;you said, we did&rdquo; log
          </a>
        </li>
        <li>
          <a className="govuk-link" href="/feedback">
            See the public feedback page
          </a>
        </li>
      </ul>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Surveys</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Survey
            </th>
            <th scope="col" className="govuk-table__header">
              Who can answer
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Responses
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {surveys.map((survey) => (
            <tr className="govuk-table__row" key={survey.id}>
              <td className="govuk-table__cell">
                <a className="govuk-link" href={`/coproduction/surveys/${survey.id}`}>
                  {survey.title}
                </a>
                <br />
                <span className="govuk-body-s">{survey.setTitle}</span>
              </td>
              <td className="govuk-table__cell">{survey.answering}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{survey.responses}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {surveys.length === 0 ? <p className="govuk-body">No plugin supplies a survey yet.</p> : null}
    </RolePage>
  )
}
