import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
  SerializeFrom,
} from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { errorFor } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import { PlanStep, StepButtons } from './__PlanStep'
import { pageTitle } from '~/components/page-title'
import { frameworkItemKey, frameworkOptions, readOutcomeStep } from './plan-forms.server'
import { loadOwnPlan } from './plan-routes.server'
import { planFrameworks } from './support-plans.server'
import { planStepAction } from './plan-step.server'
import planStyles from '~/styles/support-plan.css?url'
import { takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.outcomes' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'What matters to you: your outcomes')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, view, base, record } = await loadOwnPlan(request, ROUTE, params.personId ?? '', 'support-plan.read')
  const editing = new URL(request.url).searchParams.get('outcome') ?? ''
  const outcome = record.versions.at(-1)?.plan.outcomes.find((candidate) => candidate.id === editing)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    frameworks: frameworkOptions(planFrameworks(context)),
    editing: outcome
      ? {
          id: outcome.id,
          words: outcome.words,
          links: outcome.linkedItems.map((ref) => frameworkItemKey(ref.frameworkId, ref.itemId)),
        }
      : null,
  })
}

export async function action(args: ActionFunctionArgs) {
  // Adding, changing or removing an outcome comes back here; "Save and continue" goes on to the supports.
  return planStepAction(args, ROUTE, (plan, form, { newId }) => readOutcomeStep(plan, form, newId), {
    next: (intent) => (intent === 'continue' ? ':base/supports' : ':base/outcomes'),
    fallbackField: 'words',
  })
}

export default function OutcomesStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values = result?.form.values ?? (data.editing ? { words: data.editing.words, outcomeId: data.editing.id } : {})
  const chosen = new Set(result?.form.multi.links ?? data.editing?.links ?? [])
  const linksError = errorFor(errors, 'links')
  return (
    <PlanStep
      plan={data.plan}
      base={data.base}
      heading="What matters to you"
      errors={errors}
      needsReview={result?.needsReview}
    >
      <p className="govuk-body">
        Write each outcome in your own words: what you want your life to be like. Then link it to the outcomes the
        council uses, so it can check results.
      </p>
      {data.plan.outcomes.length > 0 ? (
        <dl className="govuk-summary-list">
          {data.plan.outcomes.map((outcome) => (
            <div className="govuk-summary-list__row" key={outcome.id}>
              <dt className="govuk-summary-list__key">“{outcome.words}”</dt>
              <dd className="govuk-summary-list__value">
                {outcome.linked.length > 0 ? outcome.linked.join('; ') : 'Not linked'}
              </dd>
              <dd className="govuk-summary-list__actions">
                <a className="govuk-link" href={`${data.base}/outcomes?outcome=${encodeURIComponent(outcome.id)}`}>
                  Change<span className="govuk-visually-hidden"> “{outcome.words}”</span>
                </a>
                <Form method="post" className="govuk-!-display-inline govuk-!-margin-left-2">
                  <CsrfInput />
                  <button
                    type="submit"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                    name="remove"
                    value={outcome.id}
                  >
                    Remove<span className="govuk-visually-hidden"> “{outcome.words}”</span>
                  </button>
                </Form>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="outcomeId" value={values.outcomeId ?? ''} />
        <h2 className="govuk-heading-m">
          {values.outcomeId
            ? 'Change this outcome'
            : data.plan.outcomes.length > 0
              ? 'Add another outcome'
              : 'Add an outcome'}
        </h2>
        <Textarea
          name="words"
          label="The outcome, in your own words"
          hint="For example: I want to get to church every Sunday"
          value={values.words}
          error={errorFor(errors, 'words')}
          rows={3}
        />
        <div className={`govuk-form-group${linksError ? ' govuk-form-group--error' : ''}`} id="links">
          <ErrorMessage id="links-error" error={linksError} />
          {data.frameworks.map((framework) => (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={framework.id}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{framework.title}</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {framework.items.map((item) => {
                  const id = `link-${item.key.replace('/', '--')}`
                  return (
                    <div className="govuk-checkboxes__item" key={item.key}>
                      <input
                        className="govuk-checkboxes__input"
                        id={id}
                        name="links"
                        type="checkbox"
                        value={item.key}
                        defaultChecked={chosen.has(item.key)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                        {item.title}
                      </label>
                    </div>
                  )
                })}
              </div>
            </fieldset>
          ))}
        </div>
        <div className="govuk-button-group">
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            name="intent"
            value="add"
          >
            {values.outcomeId ? 'Save this outcome' : 'Save and add another'}
          </button>
        </div>
        <StepButtons needsReview={result?.needsReview} continueLabel="Save and continue to supports" />
      </Form>
    </PlanStep>
  )
}
