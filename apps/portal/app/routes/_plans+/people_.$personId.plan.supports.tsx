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
import { errorFor } from '~/components/ErrorSummary'
import { choicesFrom, Radios, Select, Textarea } from '~/components/FormFields'
import { PoundsInput } from './__PoundsInput'
import { EnterContinues, PlanStep, StepButtons } from './__PlanStep'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { frequencyLabels, providerLabels, type Plan } from '@open-sds/support-planning'
import { readSupportStep } from './plan-forms.server'
import { chosenService, findServicesAction, servicesToChoose } from './plan-directory.server'
import { getAppContext } from '~/.server/context'
import { penceToPounds } from '@open-sds/kernel'
import { carersOf, loadOwnPlan } from './plan-routes.server'
import { planStepAction } from './plan-step.server'
import planStyles from '~/styles/support-plan.css?url'
import { takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.supports' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Supports for each outcome')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, view, base, record } = await loadOwnPlan(request, ROUTE, params.personId ?? '', 'support-plan.read')
  const editing = new URL(request.url).searchParams.get('support') ?? ''
  const support = record.versions.at(-1)?.plan.supports.find((candidate) => candidate.id === editing)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    services: await servicesToChoose(context, '', support?.directoryService?.id ?? ''),
    carers: (await carersOf(context, params.personId ?? '')).map((carer) => ({
      value: carer.personId,
      label: carer.name,
    })),
    values: support
      ? {
          supportId: support.id,
          outcome: support.outcomeId,
          providerType: support.providerType,
          description: support.description,
          per: support.frequency.per,
          count: String(support.frequency.count),
          cost: penceToPounds(support.unitCostPence),
          directoryService: support.directoryService?.id ?? '',
          replacementCareFor: support.replacementCareFor?.carerPersonId ?? '',
        }
      : ({} as Record<string, string>),
  })
}

export async function action(args: ActionFunctionArgs) {
  // Peeked at before the step reads it (with its CSRF check): a body that is not the form it claims to be is refused
  // here as it would be there, never an error.
  const typed = await args.request
    .clone()
    .formData()
    .catch(() => {
      throw new Response('The form could not be read. Go back and try again.', { status: 400 })
    })
  if (typed.get('intent') === 'find-service') return findServicesAction(args, ROUTE)
  // Looked up before the step is read, so reading it stays free of I/O; a public record, so nothing to authorise.
  const context = await getAppContext()
  const chosen = await chosenService(context, String(typed.get('directoryService') ?? ''))
  const carers = await carersOf(context, args.params.personId ?? '')
  const read = (plan: Plan, form: FormData, { newId, today }: { newId: () => string; today: string }) =>
    readSupportStep(plan, form, newId, { chosen, today, carers })
  return planStepAction(args, ROUTE, read, {
    next: (intent) => (intent === 'continue' ? ':base/money' : ':base/supports'),
    fallbackField: 'description',
  })
}

export default function SupportsStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.form.values ?? data.values
  // "Find services" answers with the services matching the words typed; otherwise the loader's list stands.
  const services = result && 'services' in result ? (result.services as typeof data.services) : data.services
  const outcomes = data.plan.outcomes
  return (
    <PlanStep
      plan={data.plan}
      base={data.base}
      heading="Supports for each outcome"
      errors={errors}
      needsReview={result?.needsReview}
    >
      <p className="govuk-body">
        For each outcome, say what will help, who provides it, how often and what it costs. Include help from family,
        friends and the community at £0, so the whole picture is visible.
      </p>
      {outcomes.map((outcome) =>
        outcome.supports.length > 0 ? (
          <div key={outcome.id}>
            <h2 className="govuk-heading-s">
              For “{outcome.words}” ({outcome.weekly} a week)
            </h2>
            <dl className="govuk-summary-list">
              {outcome.supports.map((support) => (
                <div className="govuk-summary-list__row" key={support.id}>
                  <dt className="govuk-summary-list__key">{support.description}</dt>
                  <dd className="govuk-summary-list__value">
                    {support.provider}; {support.frequency}; {support.weekly}
                    {support.directoryService ? <>; from the directory: {support.directoryService.name}</> : null}
                    {support.replacementCareFor ? <>; replacement care for {support.replacementCareFor}</> : null}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <a className="govuk-link" href={`${data.base}/supports?support=${encodeURIComponent(support.id)}`}>
                      Change<span className="govuk-visually-hidden"> {support.description}</span>
                    </a>
                    <Form method="post" className="govuk-!-display-inline govuk-!-margin-left-2">
                      <CsrfInput />
                      <button
                        type="submit"
                        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                        name="remove"
                        value={support.id}
                      >
                        Remove<span className="govuk-visually-hidden"> {support.description}</span>
                      </button>
                    </Form>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null,
      )}
      {outcomes.length === 0 ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`${data.base}/outcomes`}>
            Add an outcome first
          </a>
          : every support is for one of your outcomes.
        </p>
      ) : (
        <Form method="post" noValidate>
          <EnterContinues needsReview={result?.needsReview} />
          <CsrfInput />
          <input type="hidden" name="supportId" value={values.supportId ?? ''} />
          <h2 className="govuk-heading-m">{values.supportId ? 'Change this support' : 'Add a support'}</h2>
          <Radios
            name="outcome"
            legend="Which outcome is it for?"
            choices={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.words }))}
            value={values.outcome}
            error={errorFor(errors, 'outcome')}
          />
          <Radios
            name="providerType"
            legend="Who provides it?"
            choices={choicesFrom(providerLabels)}
            value={values.providerType}
            error={errorFor(errors, 'providerType')}
            small
          />
          <Textarea
            name="description"
            label="What is the support?"
            hint="For example: PA to go to church with me"
            value={values.description}
            error={errorFor(errors, 'description')}
            rows={2}
          />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="directory-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Is it a service from the local directory? (optional)
              </legend>
              <div className="govuk-hint" id="directory-hint">
                Choose it and your plan keeps the service’s name as it is today.{' '}
                <a className="govuk-link" href="/find-support">
                  Find local support
                </a>{' '}
                tells you more about each service.
              </div>
              <TextInput
                name="directorySearch"
                label="Words to find a service by"
                hint="For example, lunch club or befriending"
                defaultValue={values.directorySearch}
                widthClass="govuk-input--width-20"
              />
              <button
                type="submit"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                name="intent"
                value="find-service"
              >
                Find services
              </button>
              <Select
                name="directoryService"
                label="Service"
                choices={services}
                placeholder="Not from the directory"
                value={values.directoryService}
                error={errorFor(errors, 'directoryService')}
              />
            </fieldset>
          </div>
          {data.carers.length > 0 ? (
            <Select
              name="replacementCareFor"
              label="Is it replacement care, so that your carer gets a break? (optional)"
              hint="Replacement care is care for you, so it is in your plan and budget, not your carer’s."
              choices={data.carers}
              placeholder="No"
              value={values.replacementCareFor}
              error={errorFor(errors, 'replacementCareFor')}
            />
          ) : null}
          <Radios
            name="per"
            legend="How often?"
            choices={choicesFrom(frequencyLabels)}
            value={values.per}
            error={errorFor(errors, 'per')}
            small
          />
          <TextInput
            name="count"
            label="How many times (hours, visits or items) each time period"
            hint="For example, 3 for three hours a week"
            defaultValue={values.count}
            error={errorFor(errors, 'count')}
            widthClass="govuk-input--width-4"
          />
          <PoundsInput
            name="cost"
            label="Cost each time"
            hint="In pounds, such as 15.50 for an hour. Enter 0 for unpaid help."
            value={values.cost}
            error={errorFor(errors, 'cost')}
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              name="intent"
              value="add"
            >
              {values.supportId ? 'Save this support' : 'Save and add another'}
            </button>
          </div>
          <StepButtons needsReview={result?.needsReview} continueLabel="Save and continue to the money" />
        </Form>
      )}
    </PlanStep>
  )
}
