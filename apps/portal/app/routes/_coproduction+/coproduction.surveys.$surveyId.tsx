import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { SurveyResultsView } from './__SurveyResultsView'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { publishedResults, requireSurvey, statementsInUse } from './coproduction.server'
import { validateForm, type FieldError } from '~/.server/forms'
import { auditedChange } from '~/.server/audited-change'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Results: ${data.title}` : 'Survey results')

const ROUTE = 'routes/_coproduction+/coproduction.surveys.$surveyId' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const survey = requireSurvey(context, params.surveyId ?? '')
  const results = await publishedResults(context, survey)
  return json({
    name: viewer.displayName,
    surveyId: survey.id,
    title: survey.title,
    byLink: survey.answering.anonymous === 'one-time-link',
    results,
    statements: Object.fromEntries(statementsInUse(context).map((statement) => [statement.id, statement.i])),
  })
}

const LinksSchema = z.object({
  count: z.coerce
    .number({ error: 'Enter how many links to make, as a whole number' })
    .int('Enter how many links to make, as a whole number')
    .min(1, 'Make at least 1 link')
    .max(500, 'Make 500 links or fewer at a time'),
  days: z.coerce
    .number({ error: 'Enter how many days the links work for, as a whole number' })
    .int('Enter how many days the links work for, as a whole number')
    .min(1, 'The links must work for at least 1 day')
    .max(365, 'The links can work for up to 365 days'),
})

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const survey = requireSurvey(context, params.surveyId ?? '')
  const checked = validateForm(LinksSchema, form, ['count', 'days'])
  if (!checked.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: checked.errors, values: checked.values, links: [] as string[] }, { status: 400 })
  }
  const now = new Date()
  const made = await auditedChange(
    context,
    (repos) =>
      repos.coproduction.createLinks(
        {
          surveyId: survey.id,
          count: checked.data.count,
          expiresAt: new Date(now.getTime() + checked.data.days * 86_400_000),
          createdByUserId: viewer.id,
        },
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'survey.links',
      resource: `survey:${survey.id}`,
      detail: { count: checked.data.count },
    }),
  )
  if (!made.ok) {
    requestContext.requestState.formHasErrors = true
    return json(
      {
        errors: made.errors.map((error) => ({ field: 'count', message: error.message })),
        values: {} as Record<string, string>,
        links: [] as string[],
      },
      { status: 400 },
    )
  }
  const origin = new URL(request.url).origin
  return json({
    errors: [] as FieldError[],
    values: {} as Record<string, string>,
    links: made.value.tokens.map((token) => `${origin}/surveys/${survey.id}?link=${token}`),
  })
}

export default function SurveyResultsPage() {
  const { name, title, results, statements, byLink } = useLoaderData<typeof loader>()
  const outcome = useActionData<typeof action>()
  const values: Record<string, string> = outcome?.values ?? {}
  return (
    <RolePage caption={name} heading={title}>
      <ErrorSummary errors={outcome?.errors} />
      <p className="govuk-body">
        <a className="govuk-link" href="/coproduction">
          Back to co-production and feedback
        </a>
      </p>
      <h2 className="govuk-heading-m">Results</h2>
      <SurveyResultsView results={results} statements={statements} />
      <h2 className="govuk-heading-m">One-time links</h2>
      <p className="govuk-body">
        {byLink
          ? 'People without an account answer this survey anonymously through a link that works once.'
          : 'You can also send people a link that works once, to answer anonymously.'}{' '}
        The links are shown only now: copy them before you leave this page. We keep no record of who each link went to.
      </p>
      {outcome && outcome.links.length > 0 ? (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">{outcome.links.length} new links</h3>
          <ul className="govuk-list app-links">
            {outcome.links.map((link) => (
              <li key={link}>
                <code>{link}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <TextInput
          name="count"
          label="How many links"
          widthClass="govuk-input--width-3"
          defaultValue={values.count ?? '10'}
          error={errorFor(outcome?.errors, 'count')}
        />
        <TextInput
          name="days"
          label="Days the links work for"
          widthClass="govuk-input--width-3"
          defaultValue={values.days ?? '30'}
          error={errorFor(outcome?.errors, 'days')}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Make links
        </button>
      </Form>
    </RolePage>
  )
}
