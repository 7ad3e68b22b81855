import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { surveysInUse } from './coproduction.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Surveys')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, 'routes/_coproduction+/surveys._index')
  const surveys = surveysInUse(context).map(({ setTitle, survey }) => ({
    id: survey.id,
    title: survey.title,
    setTitle,
    offersEasyRead: survey.offersEasyRead,
    // Open surveys can be answered by anyone; signed-in people can answer those that keep names too.
    answerable: survey.answering.anonymous === 'open' || (viewer !== null && survey.answering.named),
  }))
  return json({ surveys: surveys.filter((survey) => survey.answerable) })
}

export default function Surveys() {
  const { surveys } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Tell us what you think</h1>
        <p className="govuk-body">
          What you tell us is read by people who use services as well as by staff. We publish the results, and{' '}
          <a className="govuk-link" href="/feedback">
            what we did about them
          </a>
          , so that everyone can check.
        </p>
        {surveys.length === 0 ? (
          <p className="govuk-body">
            There are no surveys open to answer here. If you were sent a link to a survey, use that link.
          </p>
        ) : (
          <ul className="govuk-list">
            {surveys.map((survey) => (
              <li key={survey.id}>
                <a className="govuk-link" href={`/surveys/${survey.id}`}>
                  {survey.title}
                </a>{' '}
                <span className="govuk-body-s">
                  ({survey.setTitle}
                  {survey.offersEasyRead ? (
                    <>
                      ; also in{' '}
                      <a className="govuk-link" href={`/surveys/${survey.id}?variant=easy-read`}>
                        Easy Read<span className="govuk-visually-hidden">: {survey.title}</span>
                      </a>
                    </>
                  ) : null}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
