import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { FinancialField } from './__FinancialField'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { chargingPolicyOf } from './charging.server'
import { estimateCharge, estimateFields } from './charging-estimate.server'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Estimate what you might pay for care')

const ROUTE = 'routes/_charging+/charging-estimate' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, ROUTE)
  const policy = chargingPolicyOf(context.site)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    fields: estimateFields(policy),
    organisation: context.site.branding.organisationName,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const estimate = estimateCharge(form, chargingPolicyOf(context.site), todayInEngland(new Date()))
  if (!estimate.ok) {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { ...estimate, weekly: null })
  }
  // Nothing is stored or logged: the answers exist only in this response.
  return json({
    ...estimate,
    weekly: formatPence(estimate.weeklyPence),
    values: Object.fromEntries(
      [...form.entries()].filter(([key, value]) => key !== 'csrf' && typeof value === 'string'),
    ) as Record<string, string>,
  })
}

export default function ChargingEstimate() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result && !result.ok ? result.errors : undefined
  const values = result?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Estimate what you might pay for care</h1>
        <p className="govuk-body">
          Answer a few questions to get an estimate of what you might pay each week towards care and support at home.
          You do not need an account, and nothing you type here is saved.
        </p>
        {result?.ok ? (
          <div id="estimate">
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title">Estimated weekly charge: {result.weekly}</h2>
              <div className="govuk-panel__body">This is an estimate, not a decision</div>
            </div>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                This is only an estimate. What you pay is set by a full financial assessment, which looks at each of
                your benefits, pensions and costs.
              </strong>
            </div>
            <h2 className="govuk-heading-m">How this estimate was worked out</h2>
            <ol className="govuk-list govuk-list--number">
              {result.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
            <p className="govuk-body-s">
              {result.policy}; rates {result.ratesYear}; rules version {result.rulesVersion}.
            </p>
            <p className="govuk-body">
              To get your actual charge,{' '}
              <a className="govuk-link" href="/sign-in">
                sign in
              </a>{' '}
              or{' '}
              <a className="govuk-link" href="/sign-up">
                create an account
              </a>{' '}
              and complete a financial assessment.
            </p>
            <h2 className="govuk-heading-m">Change your answers</h2>
          </div>
        ) : null}
        <Form method="post" noValidate>
          <CsrfInput />
          {data.fields.map((field) => (
            <FinancialField key={field.name} field={field} values={values} errors={errors} />
          ))}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Estimate my charge
          </button>
        </Form>
      </div>
    </div>
  )
}
