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
import { choicesFrom, Radios, Select } from '~/components/FormFields'
import { PlanStep, StepButtons } from './__PlanStep'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import {
  moneyManagerLabels,
  plannerRoleLabels,
  representativeAuthorityLabels as authorityLabels,
} from '@open-sds/support-planning'
import { plannerRows, readPeopleStep } from './plan-forms.server'
import { loadOwnPlan } from './plan-routes.server'
import { planStepAction } from './plan-step.server'
import planStyles from '~/styles/support-plan.css?url'
import { takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.people' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Who is involved in the plan')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, view, base, record } = await loadOwnPlan(request, ROUTE, params.personId ?? '', 'support-plan.read')
  const plan = record.versions.at(-1)?.plan
  const values: Record<string, string> = {}
  if (plan) {
    plannerRows(plan).forEach((row, index) => {
      values[`planner${index}Name`] = row.name
      values[`planner${index}Role`] = row.role
    })
    values.moneyName = plan.people.moneyManagedBy.name
    values.moneyRole = plan.people.moneyManagedBy.role
    values.repName = plan.people.representative?.name ?? ''
    values.repRelationship = plan.people.representative?.relationship ?? ''
    values.repAuthority = plan.people.representative?.authority ?? ''
  }
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    values,
  })
}

export async function action(args: ActionFunctionArgs) {
  return planStepAction(args, ROUTE, (plan, form) => readPeopleStep(plan, form), {
    next: ':base/outcomes',
    fallbackField: 'planner0Name',
  })
}

export default function PeopleStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values = result?.form.values ?? data.values
  return (
    <PlanStep
      plan={data.plan}
      base={data.base}
      heading="Who is involved"
      errors={errors}
      needsReview={result?.needsReview}
    >
      <Form method="post" noValidate>
        <CsrfInput />
        <h2 className="govuk-heading-m">Who helped make the plan</h2>
        <p className="govuk-body">Include yourself. Up to three people; leave a row empty if you do not need it.</p>
        {[0, 1, 2].map((index) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Person {index + 1}</legend>
            <TextInput
              name={`planner${index}Name`}
              label="Name"
              defaultValue={values[`planner${index}Name`]}
              error={errorFor(errors, `planner${index}Name`)}
            />
            <Select
              name={`planner${index}Role`}
              label="How they helped"
              placeholder="Choose"
              choices={choicesFrom(plannerRoleLabels)}
              value={values[`planner${index}Role`]}
              error={errorFor(errors, `planner${index}Role`)}
            />
          </fieldset>
        ))}
        <h2 className="govuk-heading-m">Who will manage the money</h2>
        <TextInput
          name="moneyName"
          label="Their name"
          defaultValue={values.moneyName}
          error={errorFor(errors, 'moneyName')}
        />
        <Radios
          name="moneyRole"
          legend="Who they are"
          choices={choicesFrom(moneyManagerLabels)}
          value={values.moneyRole}
          error={errorFor(errors, 'moneyRole')}
        />
        <h2 className="govuk-heading-m">Someone who can act for you (optional)</h2>
        <TextInput
          name="repName"
          label="Representative’s name"
          defaultValue={values.repName}
          error={errorFor(errors, 'repName')}
        />
        <TextInput
          name="repRelationship"
          label="Their relationship to you"
          defaultValue={values.repRelationship}
          error={errorFor(errors, 'repRelationship')}
        />
        <Radios
          name="repAuthority"
          legend="Their authority to act for you"
          choices={choicesFrom(authorityLabels)}
          value={values.repAuthority}
          error={errorFor(errors, 'repAuthority')}
        />
        <StepButtons needsReview={result?.needsReview} />
      </Form>
    </PlanStep>
  )
}
