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
import { InputGroupItem } from '~/components/InputGroupItem'
import { PlanStep, StepButtons } from './__PlanStep'
import { pageTitle } from '~/components/page-title'
import { readContingencyStep } from './plan-forms.server'
import { loadOwnPlan } from './plan-routes.server'
import { planStepAction } from './plan-step.server'
import planStyles from '~/styles/support-plan.css?url'
import { takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.contingency' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'If things go wrong, and the review date')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, view, base, record } = await loadOwnPlan(request, ROUTE, params.personId ?? '', 'support-plan.read')
  const plan = record.versions.at(-1)?.plan
  const [year = '', month = '', day = ''] = (plan?.reviewDate ?? '').split('-')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    values: {
      contingencyPlan: plan?.contingencyPlan ?? '',
      reviewDay: String(Number(day)),
      reviewMonth: String(Number(month)),
      reviewYear: year,
    } as Record<string, string>,
  })
}

export async function action(args: ActionFunctionArgs) {
  return planStepAction(args, ROUTE, (plan, form, { today }) => readContingencyStep(plan, form, today), {
    next: ':base',
    fallbackField: 'contingencyPlan',
  })
}

export default function ContingencyStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.form.values ?? data.values
  const dateError = errorFor(errors, 'reviewDay')
  const part = (name: string, label: string, width: string) => (
    <InputGroupItem
      name={name}
      label={label}
      widthClass={width}
      error={Boolean(dateError)}
      defaultValue={values[name] ?? ''}
      numeric
    />
  )
  return (
    <PlanStep
      plan={data.plan}
      base={data.base}
      heading="If things go wrong, and the review date"
      errors={errors}
      needsReview={result?.needsReview}
    >
      <Form method="post" noValidate>
        <CsrfInput />
        <Textarea
          name="contingencyPlan"
          label="What will happen if things go wrong?"
          hint="For example, if your personal assistant is ill or your carer goes into hospital: who will step in, and who to call."
          value={values.contingencyPlan}
          error={errorFor(errors, 'contingencyPlan')}
          rows={5}
        />
        <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            role="group"
            aria-describedby={`review-hint${dateError ? ' reviewDay-error' : ''}`}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              When should the plan be reviewed?
            </legend>
            <div id="review-hint" className="govuk-hint">
              At least once a year. For example, 27 3 2027
            </div>
            <ErrorMessage id="reviewDay-error" error={dateError} />
            <div className="govuk-date-input">
              {part('reviewDay', 'Day', 'govuk-input--width-2')}
              {part('reviewMonth', 'Month', 'govuk-input--width-2')}
              {part('reviewYear', 'Year', 'govuk-input--width-4')}
            </div>
          </fieldset>
        </div>
        <StepButtons needsReview={result?.needsReview} continueLabel="Save and check the plan" />
      </Form>
    </PlanStep>
  )
}
