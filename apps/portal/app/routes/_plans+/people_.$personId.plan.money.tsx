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
import { choicesFrom, Radios } from '~/components/FormFields'
import { PoundsInput } from './__PoundsInput'
import { PlanStep, StepButtons } from './__PlanStep'
import { pageTitle } from '~/components/page-title'
import { fundingOptionLabels as moneyOptions } from '@open-sds/support-planning'
import { moneyChoiceOf, readMoneyStep } from './plan-forms.server'
import { penceToPounds } from '@open-sds/kernel'
import { loadOwnPlan } from './plan-routes.server'
import { planStepAction } from './plan-step.server'
import planStyles from '~/styles/support-plan.css?url'
import { takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.money' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'How the money is held')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, view, base, record } = await loadOwnPlan(request, ROUTE, params.personId ?? '', 'support-plan.read')
  const plan = record.versions.at(-1)?.plan
  const budget = plan?.funding.personalBudget
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    values:
      plan && budget
        ? {
            how: moneyChoiceOf(plan),
            dp: penceToPounds(budget.directPaymentWeeklyPence),
            ma: penceToPounds(budget.managedAccountWeeklyPence),
            isf: penceToPounds(budget.individualServiceFundWeeklyPence),
          }
        : ({} as Record<string, string>),
  })
}

export async function action(args: ActionFunctionArgs) {
  return planStepAction(args, ROUTE, (plan, form) => readMoneyStep(plan, form), {
    next: ':base/contingency',
    fallbackField: 'how',
  })
}

export default function MoneyStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.form.values ?? data.values
  return (
    <PlanStep
      plan={data.plan}
      base={data.base}
      heading="How the money is held"
      errors={errors}
      needsReview={result?.needsReview}
    >
      <p className="govuk-body">
        Your personal budget is {data.plan.money.budget} a week. Choose how it is paid; you decide how it is spent
        whichever you choose.
      </p>
      <Form method="post" noValidate>
        <CsrfInput />
        <Radios
          name="how"
          legend="How do you want the money held?"
          choices={choicesFrom(moneyOptions)}
          value={values.how}
          error={errorFor(errors, 'how')}
        />
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            If you choose a mix: how much a week goes each way
          </legend>
          <div className="govuk-hint">The three amounts must add up to {data.plan.money.budget}.</div>
          <PoundsInput name="dp" label="Direct payment" value={values.dp} error={errorFor(errors, 'dp')} />
          <PoundsInput name="ma" label="Managed account" value={values.ma} error={errorFor(errors, 'ma')} />
          <PoundsInput name="isf" label="Individual service fund" value={values.isf} error={errorFor(errors, 'isf')} />
        </fieldset>
        <StepButtons needsReview={result?.needsReview} />
      </Form>
    </PlanStep>
  )
}
