import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { todayInEngland } from '@open-sds/kernel'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Checkboxes, Radios, Select, Textarea } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { TextInput } from '~/components/TextInput'
import { formatDate } from '~/components/dates'
import { ChoiceWithDetail } from './__ChoiceWithDetail'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { auditedChange } from '~/.server/audited-change'
import { typedFields } from '~/.server/forms'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { DELIVERY_WORDS, INCOME_FIELDS, SUPPORT_ROWS } from './__plan-fields'
import { carerForPractitioner, emergencyView, indicativeBudget, planView, readPlanForm } from './carer-plans.server'
import { carersPolicyOf } from './carers.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'A carer’s support plan and budget')

const ROUTE = 'routes/_carers+/work.carers.$personId.plan' as const

const PROVIDED_TO = [
  { value: 'carer', label: 'The carer' },
  { value: 'cared-for', label: 'The person they care for (replacement care)' },
]
const KINDS = [
  { value: 'one-off', label: 'One-off' },
  { value: 'recurring', label: 'Recurring' },
]
const PERIODS = [
  { value: 'week', label: 'Every week' },
  { value: 'four-weeks', label: 'Every four weeks' },
  { value: 'year', label: 'Every year' },
]
const DELIVERIES = Object.entries(DELIVERY_WORDS).map(([value, label]) => ({ value, label }))

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { carer, determination } = await carerForPractitioner(context, viewer.id, params.personId ?? '')
  await auditRead(context, viewer, request, {
    action: 'carer-plan.read',
    personId: carer.id,
    resource: `carer-plan:${carer.id}`,
  })
  const { carerPlans } = context.database.repos
  const policy = carersPolicyOf(context)
  const plan = await carerPlans.latest(carer.id)
  const emergency = emergencyView(await carerPlans.latestEmergencyPlan(carer.id))
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    carer: { id: carer.id, name: carer.displayName },
    eligible: determination?.eligible === true,
    decided: determination !== undefined,
    indicative: determination?.eligible
      ? indicativeBudget(policy, determination.determination, todayInEngland(new Date()))
      : null,
    charges: policy.charging.charges,
    plan: plan ? planView(plan) : null,
    emergency,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { carer, determination } = await carerForPractitioner(context, viewer.id, params.personId ?? '')
  const raw = typedFields(form)
  const refuse = (errors: { field: string; message: string }[]) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values: raw })
  }
  if (!determination?.eligible)
    return refuse([
      { field: 'form', message: 'A plan and budget follow only a determination that the carer is eligible' },
    ])
  const now = new Date()
  const read = readPlanForm(raw, carersPolicyOf(context), todayInEngland(now))
  if (!read.ok) return refuse(read.errors)
  const { emergency, ...agreed } = read.value
  const before = await context.database.repos.carerPlans.latestEmergencyPlan(carer.id)
  const emergencyChanged =
    before?.whoStepsIn !== emergency.whoStepsIn ||
    before.whatTheyNeedToKnow !== emergency.whatTheyNeedToKnow ||
    before.howToReachThem !== emergency.howToReachThem
  // The plan, any new version of the emergency plan and their audit entries: one transaction.
  const stored = await auditedChange(
    context,
    async (repos) => {
      const plan = await repos.carerPlans.agree(
        {
          carerPersonId: carer.id,
          carerDeterminationId: determination.id,
          plan: agreed.plan,
          budgetKind: agreed.plan.budget.kind,
          budgetPer: agreed.budgetPer,
          amountPence: agreed.amountPence,
          annualPence: agreed.annualPence,
          delivery: agreed.delivery,
          weeklyChargePence: agreed.weeklyChargePence,
          explanation: agreed.explanation,
          allocationVersion: agreed.allocationVersion,
          rulesVersion: agreed.rulesVersion,
          agreedByUserId: viewer.id,
        },
        now,
      )
      if (!plan.ok) return plan
      const written = emergencyChanged
        ? await repos.carerPlans.writeEmergencyPlan(
            { carerPersonId: carer.id, ...emergency, writtenByUserId: viewer.id },
            now,
          )
        : undefined
      return { ok: true as const, value: { plan: plan.value, written } }
    },
    ({ plan, written }) => [
      {
        at: now,
        actorUserId: viewer.id,
        action: 'carer-plan.agree',
        personId: carer.id,
        resource: `carer-plan:${plan.id}`,
        detail: {
          amountPence: plan.amountPence,
          budgetKind: plan.budgetKind,
          delivery: plan.delivery,
          rulesVersion: plan.rulesVersion,
        },
      },
      ...(written
        ? [
            {
              at: now,
              actorUserId: viewer.id,
              action: 'carer-emergency-plan.write' as const,
              personId: carer.id,
              resource: `carer-emergency-plan:${written.id}`,
            },
          ]
        : []),
    ],
  )
  if (!stored.ok)
    return refuse([{ field: 'form', message: stored.errors[0]?.message ?? 'The plan could not be agreed' }])
  return redirect(`/work/carers/${carer.id}/plan?agreed=1`)
}

export default function CarerPlanForPractitioner() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result && 'errors' in result ? result.errors : undefined
  const values: Record<string, string | undefined> = (result && 'values' in result ? result.values : undefined) ?? {}
  const emergency = data.emergency
  const valueOf = (name: string, fallback?: string) => (result ? values[name] : fallback)
  return (
    <RolePage caption="Carer’s support plan and budget" heading={data.carer.name}>
      <ErrorSummary errors={errors} />
      {data.plan ? (
        <>
          <h2 className="govuk-heading-m">The plan agreed on {formatDate(data.plan.agreedAt)}</h2>
          <p className="govuk-body">
            Budget {data.plan.budget}: {data.plan.delivery.toLowerCase()}.{' '}
            {data.plan.charge.replace('You pay', 'The carer pays')}
          </p>
        </>
      ) : null}
      {!data.decided ? (
        <p className="govuk-body">The carer’s eligibility has not been determined yet.</p>
      ) : !data.eligible ? (
        <p className="govuk-body">
          The latest determination found the carer not eligible, so there is no plan or personal budget to agree.
        </p>
      ) : (
        <>
          {data.indicative ? (
            <>
              <h2 className="govuk-heading-m">Indicative budget: {data.indicative.words}</h2>
              <ul className="govuk-list govuk-list--bullet">
                {data.indicative.explanation.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 className="govuk-heading-m">
            {data.plan ? 'Agree a new version with the carer' : 'Agree the plan with the carer'}
          </h2>
          <Form method="post" noValidate>
            <CsrfInput />
            <Textarea
              name="outcomes"
              label="What the carer wants to achieve, in their own words"
              hint="One on each line"
              error={errorFor(errors, 'outcomes')}
              value={values.outcomes}
            />
            {Array.from({ length: SUPPORT_ROWS }, (_, row) => (
              <fieldset className="govuk-fieldset" key={row}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  Support {row + 1}
                  {row > 0 ? ' (optional)' : ''}
                </legend>
                <TextInput
                  name={`supportDescription${String(row)}`}
                  label="What the support is"
                  error={errorFor(errors, `supportDescription${String(row)}`)}
                  defaultValue={values[`supportDescription${String(row)}`]}
                />
                <Radios
                  name={`supportProvidedTo${String(row)}`}
                  legend="Whom it is provided to"
                  choices={PROVIDED_TO}
                  small
                  error={errorFor(errors, `supportProvidedTo${String(row)}`)}
                  value={values[`supportProvidedTo${String(row)}`]}
                />
                <TextInput
                  name={`supportCost${String(row)}`}
                  label="What it costs, in pounds"
                  error={errorFor(errors, `supportCost${String(row)}`)}
                  defaultValue={values[`supportCost${String(row)}`]}
                  widthClass="govuk-input--width-10"
                />
              </fieldset>
            ))}
            <ChoiceWithDetail
              choice={{ name: 'budgetKind', legend: 'Is the personal budget one-off or recurring?', choices: KINDS }}
              detail={{
                name: 'amount',
                label: 'The budget, in pounds',
                hint: 'For a recurring budget, the amount each time it is paid',
                widthClass: 'govuk-input--width-10',
              }}
              errors={errors}
              values={values}
            />
            <Select
              name="per"
              label="How often a recurring budget is paid"
              choices={PERIODS}
              placeholder="Not recurring"
              error={errorFor(errors, 'per')}
              value={values.per}
            />
            <Radios
              name="delivery"
              legend="How the carer will receive the budget"
              choices={DELIVERIES}
              error={errorFor(errors, 'delivery')}
              value={values.delivery}
            />
            {data.charges ? (
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  The carer’s weekly income, for the council’s charge (earnings are ignored)
                </legend>
                {INCOME_FIELDS.map((each) => (
                  <TextInput
                    key={each.field}
                    name={each.field}
                    label={`${each.label}, in pounds a week`}
                    error={errorFor(errors, each.field)}
                    defaultValue={values[each.field]}
                    widthClass="govuk-input--width-10"
                  />
                ))}
              </fieldset>
            ) : (
              <p className="govuk-body">The council does not charge carers for support provided to them.</p>
            )}
            <h3 className="govuk-heading-s">Emergency plan: if the carer cannot care</h3>
            <Textarea
              name="whoStepsIn"
              label="Who steps in"
              error={errorFor(errors, 'whoStepsIn')}
              value={valueOf('whoStepsIn', emergency?.whoStepsIn)}
              rows={2}
            />
            <Textarea
              name="whatTheyNeedToKnow"
              label="What they need to know"
              error={errorFor(errors, 'whatTheyNeedToKnow')}
              value={valueOf('whatTheyNeedToKnow', emergency?.whatTheyNeedToKnow)}
            />
            <TextInput
              name="howToReachThem"
              label="How to reach them"
              error={errorFor(errors, 'howToReachThem')}
              defaultValue={valueOf('howToReachThem', emergency?.howToReachThem)}
            />
            <Checkboxes
              name="carerAgrees"
              legend="Agreement"
              choices={[{ value: 'yes', label: 'The carer agrees to this plan and budget' }]}
              error={errorFor(errors, 'carerAgrees')}
              values={values.carerAgrees ? [values.carerAgrees] : []}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Agree the plan and budget
            </button>
          </Form>
        </>
      )}
    </RolePage>
  )
}
