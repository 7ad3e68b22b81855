import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { SurveyResultsView } from './__SurveyResultsView'
import { pageTitle } from '~/components/page-title'
import { stateLabels } from './__you-said-we-did'
import { authorise } from '~/.server/auth/authorise'
import { publishedResults, statementsInUse, surveysInUse } from './coproduction.server'
import { formatDate } from '~/components/dates'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'You said, we did')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_coproduction+/feedback')
  const records = await context.database.repos.coproduction.listYouSaidWeDid()
  const surveys = await Promise.all(
    surveysInUse(context).map(async ({ survey }) => ({
      id: survey.id,
      title: survey.title,
      results: await publishedResults(context, survey),
    })),
  )
  return json({
    organisation: context.site.branding.organisationName,
    // Who recorded each change stays with staff; the public sees what was said and done.
    records: records.map((record) => ({
      recordId: record.recordId,
      theme: record.theme,
      whatPeopleSaid: record.whatPeopleSaid,
      action: record.action,
      owner: record.owner,
      raisedOn: record.raisedOn,
      targetOn: record.targetOn ?? null,
      state: record.state,
      doneOn: record.doneOn ?? null,
      whatChanged: record.whatChanged ?? null,
      notDoingReason: record.notDoingReason ?? null,
    })),
    surveys,
    statements: Object.fromEntries(statementsInUse(context).map((statement) => [statement.id, statement.i])),
  })
}

export default function Feedback() {
  const { organisation, records, surveys, statements } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You said, we did</h1>
        <p className="govuk-body">
          What people told {organisation}, what is being done about it and by whom, and the results of our surveys.
          People who use services read the comments before they are published, and no one can be picked out from the
          figures.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/surveys">
            Tell us what you think
          </a>
        </p>
        <h2 className="govuk-heading-m">What you said and what we did</h2>
        {records.length === 0 ? <p className="govuk-body">Nothing is recorded yet.</p> : null}
        {records.map((record) => (
          <div className="govuk-summary-card" key={record.recordId}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">{record.theme}</h3>
              <strong
                className={`govuk-tag${record.state === 'done' ? ' govuk-tag--green' : record.state === 'not-doing' ? ' govuk-tag--grey' : ' govuk-tag--blue'}`}
              >
                {stateLabels[record.state]}
              </strong>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">You said</dt>
                  <dd className="govuk-summary-list__value">{record.whatPeopleSaid}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">We did</dt>
                  <dd className="govuk-summary-list__value">
                    {record.action}
                    {record.whatChanged ? ` ${record.whatChanged}` : ''}
                    {record.notDoingReason ? ` We are not doing this because: ${record.notDoingReason}` : ''}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Who is responsible</dt>
                  <dd className="govuk-summary-list__value">{record.owner}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">When</dt>
                  <dd className="govuk-summary-list__value">
                    Raised {formatDate(record.raisedOn)}
                    {record.targetOn ? `, due by ${formatDate(record.targetOn)}` : ''}
                    {record.doneOn ? `, done ${formatDate(record.doneOn)}` : ''}
                  </dd>
                </div>
              </dl>
            </div>
          </div>
        ))}
        {surveys.map((survey) => (
          <section key={survey.id} aria-labelledby={`survey-${survey.id}`}>
            <h2 className="govuk-heading-m" id={`survey-${survey.id}`}>
              Results: {survey.title}
            </h2>
            <SurveyResultsView results={survey.results} statements={statements} />
          </section>
        ))}
      </div>
    </div>
  )
}
